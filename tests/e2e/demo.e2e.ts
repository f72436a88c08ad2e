// `npm start` without a display: the demo runs headless and prints one line naming what it
// marked on the seed article, company by company with its count.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/shared-dir.ts';
import { expectedMentionTexts, seedHtml } from './support/fixtures.ts';

const html = seedHtml();

describe.skipIf(html === undefined)('the headless demo', () => {
  it('names the companies it marked with their counts, and what the card said', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts', '--headless'], {
      cwd: REPO_ROOT,
      timeout: 60_000,
    });
    const marks = await expectedMentionTexts(html!);
    const amazon = marks.filter((m) => m === 'Amazon').length;
    expect(stdout).toContain(`Backstory demo: ${marks.length} marks on the seed article (Amazon ${amazon}, `);
    expect(stdout).toMatch(/Palantir \d+/);
    expect(stdout).not.toContain('[object');
    expect(stdout).toMatch(/hover card: "Palantir .*contracts/);
  });
});
