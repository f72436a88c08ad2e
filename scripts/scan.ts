// npm run -s scan -- FILE.html [FILE ...]: one JSON line per file with the company mentions
// that the content script would mark, found by the same walker and matcher under jsdom.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import aliasFile from '../data/aliases.json' with { type: 'json' };
import { parseAliasFile } from '../lib/dataset/schema.ts';
import { loadDictionary, type Dictionary } from '../lib/matcher/dictionary.ts';
import { walkText } from '../lib/scanner/collect-text.ts';
import { localTextMatcher } from '../lib/matcher/local-matcher.ts';
import { PageMatches } from '../lib/scanner/scan.ts';

export interface ScanLine {
  file: string;
  mentions: { company: string; name: string; text: string; index: number }[];
}

const names = parseAliasFile(aliasFile).companies;

/** data/dictionary.bin as a page receives it: an ArrayBuffer of its own. */
export function readDictionaryFile(): ArrayBuffer {
  const bytes = readFileSync(resolve(import.meta.dirname, '..', 'data', 'dictionary.bin'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const nameOf = (companyId: string): string => names[companyId]?.name ?? companyId;

export async function scanHtml(file: string, html: string, dictionary: Dictionary): Promise<ScanLine> {
  // jsdom's complaints about pages' CSS are not ours to report.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const root = document.body ?? document.documentElement;
  // The page's text is the scanned text nodes in document order; an index is an offset in it.
  const startOf = new Map<Text, number>();
  let offset = 0;
  await walkText(root, (node) => {
    startOf.set(node, offset);
    offset += node.data.length;
  });
  const page = new PageMatches(localTextMatcher(dictionary));
  await page.scan([root]);
  const mentions = page
    .resolve()
    .map((m) => ({
      company: m.companyId,
      name: nameOf(m.companyId),
      text: m.text,
      index: (startOf.get(m.node) ?? 0) + m.start,
    }))
    .sort((a, b) => a.index - b.index);
  return { file, mentions };
}

/** The documented line format: JSON with a space after each colon and comma. */
export function formatScanLine(line: ScanLine): string {
  const s = JSON.stringify;
  const mentions = line.mentions.map(
    (m) => `{"company": ${s(m.company)}, "name": ${s(m.name)}, "text": ${s(m.text)}, "index": ${m.index}}`,
  );
  return `{"file": ${s(line.file)}, "mentions": [${mentions.join(', ')}]}`;
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run -s scan -- FILE.html [FILE ...]');
    return 2;
  }
  const dictionary = loadDictionary(readDictionaryFile());
  let failures = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      console.error(`scan: cannot read ${file}: ${reason}`);
      failures++;
      continue;
    }
    process.stdout.write(`${formatScanLine(await scanHtml(file, html, dictionary))}\n`);
  }
  return failures > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
