import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './shared-dir';

const run = promisify(execFile);
const scan = (...files: string[]) =>
  run('npx', ['tsx', 'scripts/scan.ts', ...files], { cwd: REPO_ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('scan CLI', () => {
  it('prints one JSON line per file in the documented shape', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/scan-');
    writeFileSync(
      `${dir}/a.html`,
      '<p>Palantir Technologies hosts on <b>AWS</b>.</p><script>IBM</script><pre>IBM</pre>',
    );
    writeFileSync(`${dir}/b.html`, '<p>No company here, only the Amazon River.</p>');
    const { code, stdout } = await scan(`${dir}/a.html`, `${dir}/b.html`);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `{"file": "${dir}/a.html", "mentions": [{"company": "palantir", "name": "Palantir", "text": "Palantir Technologies", "index": 0}, {"company": "amazon", "name": "Amazon", "text": "AWS", "index": 31}]}`,
    );
    expect(JSON.parse(lines[1]!)).toEqual({ file: `${dir}/b.html`, mentions: [] });
  }, 30_000);

  it('fails clearly on a missing file but still scans the others', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/scan-');
    writeFileSync(`${dir}/ok.html`, '<p>IBM</p>');
    const result = await scan(`${dir}/missing.html`, `${dir}/ok.html`);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`cannot read ${dir}/missing.html: no such file`);
    expect(result.stdout).toContain('"company": "ibm"');
  }, 30_000);
});
