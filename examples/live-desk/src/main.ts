/**
 * Runs a desk until it is told to stop (SIGINT, SIGTERM):
 *
 *   pnpm --filter @stancelog/example-live-desk start [LOG] [PORT] [--read-only]
 *
 * LOG defaults to `desk.jsonl` in the directory the command is typed in
 * (pnpm's `INIT_CWD`), PORT to 8080.
 */
import { deskArguments } from './arguments.js';
import { openDesk } from './desk.js';
import type { Desk } from './desk.js';

const args = deskArguments(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
if (args._tag === 'Left') {
  console.error(`live-desk: ${args.left}`);
  process.exit(2);
}
const { log, port, readOnly } = args.right;
// Listened for before the desk opens: a stop asked for while it opens closes it once open, and one asked for the moment
// it says it listens finds the listener there (node's default for SIGTERM ends the process, the lock left behind).
let desk: Desk | undefined;
let asked = false;
let stopping = false;
const stop = (): void => {
  asked = true;
  if (desk === undefined || stopping) return;
  stopping = true;
  const stopped = desk;
  // The lock is let go and the last appends answered before the process ends.
  stopped.close().then(
    () => console.log(`live-desk: stopped at position ${stopped.live.position}`),
    (e: unknown) => {
      console.error(`live-desk: stopping failed: ${String(e)}`);
      process.exitCode = 1;
    },
  );
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
const opened = await openDesk({
  log,
  port,
  readOnly,
  // Its reads would answer from a state that no longer moves: said here, and by /health's 503, for a supervisor to restart it.
  onError: (error) => console.error(`live-desk: no longer following ${log}: ${error instanceof Error ? error.message : (error as { message?: string }).message ?? String(error)}`),
});
if (opened._tag === 'Left') {
  // The store words its lock for code (its open options); a desk is started with --read-only.
  const advice = opened.left._tag === 'StoreLocked' ? `\nlive-desk: another process writes ${log}: start this desk with --read-only to follow it and answer reads` : '';
  console.error(`live-desk: ${opened.left.message}${advice}`);
  process.exit(1);
}
desk = opened.right;
console.log(`live-desk: ${readOnly ? 'following' : 'writing'} ${log} at position ${desk.live.position}, listening on ${desk.url}`);
if (asked) stop();
