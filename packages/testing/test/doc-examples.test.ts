import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

describeDocExamples('@stancelog/testing', join(__dirname, '..', 'src'));
