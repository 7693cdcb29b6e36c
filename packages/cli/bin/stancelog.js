#!/usr/bin/env node
// The `stancelog` executable: runs the built CLI with this process's streams.
import { run } from '../dist/esm/main.js';

// A reader that stops early (`stancelog log | head`) closes the pipe. Further
// output is dropped rather than crashing on EPIPE, and the command still
// finishes what it was doing: an append in progress completes.
const quietOnClosedPipe = (stream, onClosed = () => undefined) => {
  let closed = false;
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    onClosed();
  });
  return {
    write: (text) => (closed ? true : stream.write(text)),
    get isTTY() {
      return stream.isTTY;
    },
  };
};

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

process.exitCode = await run(process.argv.slice(2), {
  stdout: quietOnClosedPipe(process.stdout, () => stdoutClosed()),
  stderr: quietOnClosedPipe(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  interrupted,
});
