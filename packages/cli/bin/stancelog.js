#!/usr/bin/env node
// The `stancelog` executable: runs the built CLI with this process's streams,
// signals and exit code (see src/process-run.ts).
import { runStancelog } from '../dist/esm/process-run.js';

await runStancelog();
