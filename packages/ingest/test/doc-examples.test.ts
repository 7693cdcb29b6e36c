import { join } from 'node:path';
import { describeDocExamples } from '../../../test-support/doc-examples.js';

// Examples of public exports import '@stancelog/ingest'. Examples of internal
// modules (`@internal`, not exported by the package) import the module by
// its path from test-support/, where the harness resolves imports:
// '../packages/ingest/src/<module>.js'.
describeDocExamples('@stancelog/ingest', join(__dirname, '..', 'src'));
