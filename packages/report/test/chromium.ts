// Headless Debian Chromium for the browser tests, driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['STANCELOG_CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether the browser tests are to be skipped: only when asked to, never silently. */
export const skipBrowser = process.env['STANCELOG_BROWSER_SKIP'] === '1';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`bash scripts/chromium.sh\` (apt-get install -y chromium), or set STANCELOG_BROWSER_SKIP=1 to skip the browser tests`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'stancelog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
