// The seed article (../shared/seed/article.txt) as a web page: the demo page and the e2e
// fixture. The text is escaped, so the page shows exactly the article's words.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findShared } from '../shared-dir.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** First line: the headline; every further non-empty line: a paragraph. */
export function renderSeedArticle(text: string): string {
  const [title = '', ...lines] = text.split(/\r?\n/);
  const paragraphs = lines.filter((line) => line.trim() !== '').map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}</style>',
    '</head><body>',
    `<article><h1>${escapeHtml(title)}</h1>`,
    ...paragraphs,
    '</article></body></html>',
  ].join('\n');
}

export function seedArticleText(): string | undefined {
  const found = findShared('seed/article.txt');
  return found.found ? readFileSync(found.path, 'utf8') : undefined;
}

export interface PageServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves `pages` (path → HTML) on 127.0.0.1 at a free port; nothing else is reachable.
 * `headers` adds response headers to some paths (a Content-Security-Policy, say).
 */
export async function servePages(
  pages: Map<string, string>,
  headers: ReadonlyMap<string, Record<string, string>> = new Map(),
): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages.get(path);
    response.writeHead(body === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      ...headers.get(path),
    });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Serves saved pages by file name on 127.0.0.1, e.g. /bbc-1.html. */
export async function servePageFiles(
  files: readonly string[],
): Promise<PageServer & { urlOf: (file: string) => string }> {
  const pages = new Map(files.map((file) => [`/${basename(file)}`, readFileSync(file, 'utf8')]));
  const server = await servePages(pages);
  return { ...server, urlOf: (file) => server.url(`/${basename(file)}`) };
}
