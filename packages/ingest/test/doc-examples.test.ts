import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

describeDocExamples('@stancelog/ingest', join(__dirname, '..', 'src'));
