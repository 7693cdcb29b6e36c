import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

describeDocExamples('@stancelog/core', join(__dirname, '..', 'src'), 50);
