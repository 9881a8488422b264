import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * The browser the /explore tests and the benchmark drive: the system's Chromium
 * (Debian's `chromium`, which .ci/run installs with apt-get), through playwright-core.
 * No browser is downloaded. `CHROMIUM_PATH` names another executable.
 */
export function chromiumPath(): string | null {
  const given = process.env.CHROMIUM_PATH;
  if (given) return fs.existsSync(given) ? given : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (p) return p;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** Why no browser can be driven here, or null when one can. */
export function browserUnavailable(): string | null {
  return chromiumPath() ? null : 'no Chromium on this machine (apt-get install chromium, or set CHROMIUM_PATH)';
}

/** Headless Chromium with WebGL in software (SwiftShader), as a machine without a GPU needs for sigma.js. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(browserUnavailable()!);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox'] });
}
