#!/usr/bin/env node
// The `stancelog` executable: runs the built CLI with this process's streams.
import { run } from '../dist/esm/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
