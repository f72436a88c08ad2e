// The text of ../shared/pages as the scanner sees it: each page's text nodes, found by the
// same walker the content script uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { walkText } from '../../lib/scanner/collect-text.ts';

export interface PageText {
  file: string;
  nodes: string[];
  /** The nodes joined, one per line: the page's text as one string. */
  text: string;
  chars: number;
}

export function pageFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

export async function pageTexts(files: readonly string[]): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (const file of files) {
    const { document } = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() })
      .window;
    const nodes: string[] = [];
    await walkText(document.body ?? document.documentElement, (node) => nodes.push(node.data));
    const text = nodes.join('\n');
    pages.push({ file, nodes, text, chars: text.length });
  }
  return pages;
}
