// Screenshots of Backstory's button in Chromium's real toolbar, light and dark, with the
// badge's count on it: headless Chromium draws no toolbar, so this runs a window on a
// display (under `xvfb-run` where there is none) and photographs the screen.
//   xvfb-run -s '-screen 0 1000x240x24' npx tsx scripts/toolbar-shots.ts
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.ts';
import { servePages } from './lib/seed-page.ts';
import { REPO_ROOT } from './shared-dir.ts';

const extensionDir = resolve(REPO_ROOT, '.output/chrome-mv3');
const outDir = resolve(REPO_ROOT, 'docs/screenshots');
if (!process.env.DISPLAY) {
  console.error('toolbar-shots: no display; run it under xvfb-run (see the comment at the top)');
  process.exit(1);
}

/** The id Chromium gives an unpacked extension: its path's SHA-256, nibbles written a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>Backstory on a news page</title>' +
  '<body style="font: 18px Georgia, serif; margin: 2em">' +
  '<p>Palantir Technologies, IBM and Microsoft bid for the contract; General Dynamics and ' +
  'Lockheed Martin did not.</p></body>';
const server = await servePages(new Map([['/news.html', PAGE]]));
mkdirSync(outDir, { recursive: true });
try {
  for (const theme of ['light', 'dark'] as const) {
    const profile = mkdtempSync(join(tmpdir(), 'backstory-toolbar-'));
    // Pinned, as a user pins it: unpinned extensions sit behind the puzzle-piece menu.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }),
    );
    const { context } = await launchWithExtension(extensionDir, {
      userDataDir: profile,
      headed: true,
      extraArgs: [
        '--window-position=0,0',
        '--window-size=1000,240',
        ...(theme === 'dark' ? ['--force-dark-mode'] : []),
      ],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url('/news.html'));
      await page.waitForTimeout(2_500);
      const path = join(outDir, `toolbar-${theme}.png`);
      // The whole screen: the window's frame and toolbar are the browser's, not the page's.
      execFileSync('import', ['-window', 'root', '-crop', '1000x88+0+0', path]);
      console.log(`toolbar-shots: ${path}`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
