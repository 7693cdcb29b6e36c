import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

describeDocExamples('@stancelog/store-postgres', join(__dirname, '..', 'src'));
