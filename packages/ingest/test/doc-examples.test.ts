import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

// Examples of public exports import '@stancelog/ingest'. Examples of internal
// modules (`@internal`, not exported by the package) import the module as
// the sources do, relative to src/ ('./nlp.js'); the harness resolves them.
describeDocExamples('@stancelog/ingest', join(__dirname, '..', 'src'));
