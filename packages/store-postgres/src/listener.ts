/**
 * The wake-up signal of live subscriptions: one connection per store that
 * LISTENs on the log's channel. A notification carries no events (the
 * subscriptions read after their cursors), so a lost notification loses
 * nothing as long as the subscriptions are woken again afterwards: when the
 * connection drops, the listener reconnects (with growing pauses) and, once
 * listening again, wakes every subscription to read what was appended in
 * between.
 *
 * @since 0.1.0
 */
import type * as pg from 'pg';
import { StoreClient } from './connection.js';

/**
 * A running listener.
 */
export interface Listener {
  /** Resolves when the first LISTEN is active (or failed; it keeps retrying). */
  readonly ready: Promise<void>;
  /** True between a lost (or never made) listening connection and the next LISTEN that works: the server is away. */
  readonly down: boolean;
  close(): Promise<void>;
}

/**
 * Settings of a listener.
 */
export interface ListenerSettings {
  readonly config: pg.ClientConfig;
  readonly channel: string;
  /** Called on every notification and after every (re)connection. */
  readonly wake: () => void;
  /** Called once per outage: when the listening connection drops, or cannot be made at first. */
  readonly onLost?: ((error: unknown) => void) | undefined;
  /** Called when listening again after an outage (the subscriptions are woken to catch up just after). */
  readonly onRestored?: (() => void) | undefined;
  /** Longest pause between reconnection attempts (default 2,000 ms). */
  readonly maxBackoffMillis?: number | undefined;
}

/**
 * Starts listening; reconnects until closed.
 */
export function startListener(settings: ListenerSettings): Listener {
  let closed = false;
  let client: pg.Client | undefined;
  let backoff = 50;
  let timer: NodeJS.Timeout | undefined;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const maxBackoff = settings.maxBackoffMillis ?? 2_000;

  // Between a failure and the next LISTEN that works: the hooks hear of an outage once, however many attempts it takes.
  let outage = false;
  const retry = (error: unknown): void => {
    if (closed) return;
    if (!outage) {
      outage = true;
      settings.onLost?.(error);
    }
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, backoff);
    backoff = Math.min(backoff * 2, maxBackoff);
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    const c = new StoreClient(settings.config);
    client = c;
    let down = false;
    const drop = (error: unknown): void => {
      if (down) return;
      down = true;
      if (client === c) client = undefined;
      void c.end().catch(() => undefined);
      retry(error);
    };
    c.on('error', drop);
    c.on('end', () => drop(new Error('the listening connection ended')));
    c.on('notification', () => settings.wake());
    try {
      await c.connect();
      await c.query(`listen "${settings.channel}"`);
    } catch (error) {
      drop(error);
      resolveReady();
      return;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    backoff = 50;
    resolveReady();
    if (outage) {
      outage = false;
      settings.onRestored?.();
    }
    // Anything appended while we were not listening is read now.
    settings.wake();
  };

  void connect();
  return {
    ready,
    get down() {
      return outage;
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      const c = client;
      client = undefined;
      resolveReady();
      if (c) await c.end().catch(() => undefined);
    },
  };
}
