// Precision and recall of detection on Backstory's own labelled sentences
// (tests/fixtures/mentions.json), with the full dictionary, through the scan CLI's code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../lib/matcher/dictionary';
import { readDictionaryFile, scanHtml } from '../../scripts/scan';
import { REPO_ROOT } from '../../scripts/shared-dir';

interface Fixture {
  text: string[];
  marks: [string, string][];
}

const fixtures = (
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/mentions.json'), 'utf8')) as { pages: Fixture[] }
).pages;
const dictionary = loadDictionary(readDictionaryFile());
const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

async function found(fixture: Fixture): Promise<[string, string][]> {
  const html = fixture.text.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const line = await scanHtml('fixture', html, dictionary);
  return line.mentions.map((m) => [m.text, m.company]);
}

describe('detection on labelled sentences', () => {
  it('reaches precision ≥ 0.97 and recall ≥ 0.97', async () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const fixture of fixtures) {
      const expected = fixture.marks.map((m) => m.join(' → '));
      const got = (await found(fixture)).map((m) => m.join(' → '));
      const remaining = [...expected];
      for (const mark of got) {
        const at = remaining.indexOf(mark);
        if (at >= 0) {
          truePositives++;
          remaining.splice(at, 1);
        } else {
          falsePositives++;
          misses.push(`marked wrongly: ${JSON.stringify(mark)} in ${JSON.stringify(fixture.text)}`);
        }
      }
      falseNegatives += remaining.length;
      for (const mark of remaining)
        misses.push(`missed: ${JSON.stringify(mark)} in ${JSON.stringify(fixture.text)}`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `detection fixtures: ${fixtures.length} pages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    // Each page goes through jsdom; on a busy two-core machine the set takes several seconds.
  }, 60_000);

  it('never marks the cases the issue names', async () => {
    for (const text of [
      'The Amazon River floods every year.',
      'Apple pie is best warm.',
      'Build it with Apache Maven.',
      'Frodo looked into the palantír.',
      'We went to target practice.',
      'Target practice starts at nine.',
      'Ring the bell twice.',
    ]) {
      expect(await found({ text: [text], marks: [] }), text).toEqual([]);
    }
  });
});
