#!/usr/bin/env node
// The `stancelog` executable: runs the built CLI with this process's streams.
import { run } from '../dist/esm/main.js';
import { outputSink } from '../dist/esm/process-output.js';

// A command that runs until stopped (`contradictions --watch`) also stops
// when its reader goes (`--watch | head -1` waits for one change).
let stdoutClosed = () => undefined;
const readerGone = new Promise((resolve) => (stdoutClosed = resolve));

// Listened to only when a command that runs until stopped asks: Ctrl-C
// still ends every other command at once.
const interrupted = () =>
  new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    void readerGone.then(resolve);
  });

// A reader that stops early (`stancelog log | head`) closes the pipe: further
// output is dropped, a listing stops reading the log, and a command that
// writes still finishes what it was doing (an append in progress completes). Output that fails otherwise (stdout on a
// full disk) is said once on stderr, and the exit code is then 1.
let outputFailed = false;
const code = await run(process.argv.slice(2), {
  stdout: outputSink(process.stdout, 'stdout', {
    closed: () => stdoutClosed(),
    failed: (message) => {
      outputFailed = true;
      process.stderr.write(`${message}\n`);
      // The failure may be reported after the command has returned.
      if (!process.exitCode) process.exitCode = 1;
    },
  }),
  stderr: outputSink(process.stderr, 'stderr'),
  cwd: process.cwd(),
  env: process.env,
  interrupted,
});
process.exitCode = outputFailed && code === 0 ? 1 : code;
