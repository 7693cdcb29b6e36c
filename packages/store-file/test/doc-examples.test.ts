import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

describeDocExamples('@stancelog/store-file', join(__dirname, '..', 'src'));
