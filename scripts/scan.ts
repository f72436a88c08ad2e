// npm run -s scan -- FILE.html [FILE ...]: one JSON line per file with the company mentions
// that the content script would mark, found by the same walker and matcher under jsdom.
// With --explain: every name found, marked or declined, with the rule that decided it.
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
import { explainTexts, formatExplained } from './lib/explain.ts';

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

/** The page's text nodes, as the scanner reads them. */
async function pageTexts(html: string): Promise<string[]> {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const texts: string[] = [];
  await walkText(document.body ?? document.documentElement, (node) => {
    texts.push(node.data);
  });
  return texts;
}

async function main(args: string[]): Promise<number> {
  const explain = args.includes('--explain');
  const files = args.filter((a) => a !== '--explain');
  if (files.length === 0) {
    console.error('usage: npm run -s scan -- [--explain] FILE.html [FILE ...]');
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
    if (explain)
      process.stdout.write(`${formatExplained(file, explainTexts(dictionary, await pageTexts(html)))}\n`);
    else process.stdout.write(`${formatScanLine(await scanHtml(file, html, dictionary))}\n`);
  }
  return failures > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
