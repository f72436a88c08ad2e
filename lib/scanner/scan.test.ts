// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { categoryMask } from '../dataset/categories';
import { compileDictionary, loadDictionary } from '../matcher/dictionary';
import { MAX_TEXT_CHARS, MAX_TEXTS } from '../messages';
import {
  BATCH_MAX_TEXTS,
  MAX_NODE_CHARS,
  MAX_SCAN_CHARS,
  PageMatches,
  PIECE_CHARS,
  PIECE_OVERLAP,
  type TextMatcher,
} from './scan';
import { localTextMatcher } from '../matcher/local-matcher';

const dictionary = loadDictionary(
  new Uint8Array(
    compileDictionary({
      version: 'v',
      companies: {
        palantir: { name: 'Palantir', domains: [], categories: categoryMask(['immigration']) },
        ibm: { name: 'IBM', domains: [], categories: categoryMask(['military']) },
        amazon: { name: 'Amazon', domains: [], categories: categoryMask(['labour']) },
      },
      aliases: [
        { text: 'Palantir', companyId: 'palantir', ambiguous: false },
        { text: 'IBM', companyId: 'ibm', ambiguous: false },
        { text: 'Amazon', companyId: 'amazon', ambiguous: true },
        { text: 'AWS', companyId: 'amazon', ambiguous: false },
      ],
    }),
  ).buffer,
);

function countingMatcher(): { matcher: TextMatcher; asked: string[][] } {
  const local = localTextMatcher(dictionary);
  const asked: string[][] = [];
  return {
    asked,
    matcher: {
      matchTexts: async (texts) => {
        asked.push([...texts]);
        return local.matchTexts(texts);
      },
    },
  };
}

describe('PageMatches', () => {
  // 8,000 paragraphs under jsdom take 2–4 s here, more on a busy machine: a generous time
  // limit, since the test checks an order of events, not a speed.
  it('waits for the answer to its first batch before reading on, so that part is painted first', async () => {
    // About 220,000 characters: four batches; Palantir in the first, IBM in the last.
    const filler = Array.from({ length: 8000 }, (_, i) => `<p>paragraph ${i} of plain words</p>`).join('');
    document.body.innerHTML = `<p>Palantir first.</p>${filler}<p>IBM last.</p>`;
    const local = localTextMatcher(dictionary);
    const events: string[] = [];
    let releaseFirst: () => void = () => {};
    const firstReleased = new Promise<void>((resolve) => (releaseFirst = resolve));
    const matcher: TextMatcher = {
      async matchTexts(texts) {
        const batch = events.filter((e) => e.startsWith('asked')).length + 1;
        events.push(`asked ${batch}`);
        if (batch === 1) await firstReleased;
        return local.matchTexts(texts);
      },
    };
    const matches = new PageMatches(matcher);
    let pauses = 0;
    const scanned = matches.scan([document.body], {
      pause: () => void pauses++,
      onAnswer: () => events.push(`answered, ${matches.size} marked`),
    });
    // Let the walk run as far as it will without the first answer.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(events).toEqual(['asked 1']);
    releaseFirst();
    await scanned;
    expect(events.slice(0, 3)).toEqual(['asked 1', 'answered, 1 marked', 'asked 2']);
    expect(events.filter((e) => e.startsWith('asked')).length).toBeGreaterThanOrEqual(3);
    expect(matches.size).toBe(2);
    expect(pauses).toBeGreaterThan(0);
  }, 20_000);

  it('counts a version up only when the matches kept change', async () => {
    document.body.innerHTML = '<p>Palantir and IBM</p><p>nothing here</p>';
    const matches = new PageMatches(localTextMatcher(dictionary));
    const plain = document.body.lastChild!.firstChild as Text;
    await matches.scan([plain]);
    expect(matches.version).toBe(0);
    await matches.scan([document.body]);
    const found = matches.version;
    expect(found).toBeGreaterThan(0);
    await matches.scan([plain]);
    matches.prune();
    expect(matches.version).toBe(found);
    (document.body.firstChild!.firstChild as Text).data = 'no names now';
    matches.prune();
    expect(matches.version).toBeGreaterThan(found);
  });

  it('asks the matcher once for the texts of several changed parts of a page', async () => {
    document.body.innerHTML = '<p id="a">Palantir won.</p><p id="b">IBM too.</p><p id="c">x</p>';
    const { matcher, asked } = countingMatcher();
    const page = new PageMatches(matcher);
    await page.scan(['a', 'b', 'c'].map((id) => document.getElementById(id)!));
    expect(asked).toEqual([['Palantir won.', 'IBM too.']]);
    expect(page.resolve().map((m) => [m.companyId, m.text])).toEqual([
      ['palantir', 'Palantir'],
      ['ibm', 'IBM'],
    ]);
  });

  it('sends no white space between tags', async () => {
    document.body.innerHTML = '<div>\n  <p>Palantir</p>\n  <p> a </p>\n</div>';
    const { matcher, asked } = countingMatcher();
    await new PageMatches(matcher).scan([document.body]);
    expect(asked).toEqual([['Palantir']]);
  });

  it('marks a name that leans on the page only where the page names the company otherwise', async () => {
    document.body.innerHTML = '<p>Amazon is big.</p><p>AWS hosts it.</p>';
    const { matcher } = countingMatcher();
    const page = new PageMatches(matcher);
    await page.scan([document.body]);
    expect(page.resolve().map((m) => m.text)).toEqual(['Amazon', 'AWS']);

    document.body.innerHTML = '<p>Amazon is big.</p><p>Rivers run.</p>';
    const alone = new PageMatches(countingMatcher().matcher);
    await alone.scan([document.body]);
    expect(alone.resolve()).toEqual([]);
  });

  it('forgets a node whose text changed or that left the page', async () => {
    document.body.innerHTML = '<p id="a">Palantir</p><p id="b">IBM</p>';
    const page = new PageMatches(countingMatcher().matcher);
    await page.scan([document.body]);
    expect(page.size).toBe(2);
    document.getElementById('a')!.firstChild!.textContent = 'nobody';
    document.getElementById('b')!.remove();
    page.prune();
    expect(page.resolve()).toEqual([]);
  });

  it('forgets a matched node that a rescan finds without matches', async () => {
    document.body.innerHTML = '<p id="a">Palantir</p>';
    const page = new PageMatches(countingMatcher().matcher);
    await page.scan([document.body]);
    const text = document.getElementById('a')!.firstChild as Text;
    text.data = 'someone else';
    await page.scan([text]);
    expect(page.size).toBe(0);
  });

  it('keeps a rescanned node in its place, so an unchanged page resolves the same', async () => {
    document.body.innerHTML = '<p id="a">Palantir</p><p id="b">IBM</p>';
    const page = new PageMatches(countingMatcher().matcher);
    await page.scan([document.body]);
    const first = page.resolve();
    const text = document.getElementById('a')!.firstChild as Text;
    text.data = 'Palantir again';
    await page.scan([text]);
    expect(page.resolve().map((m) => m.text)).toEqual(['Palantir', 'IBM']);
    expect(page.resolve()[0]!.node).toBe(first[0]!.node);
  });

  it('reads a long text in pieces the protocol takes, and finds a name across every boundary', async () => {
    // 200,000 characters in one text node, a name astride each piece boundary and one inside.
    const filler = 'plain words '.repeat(Math.ceil((5 * PIECE_CHARS) / 12)).slice(0, 5 * PIECE_CHARS);
    let text = filler;
    for (let k = 1; k <= 4; k++) {
      const at = k * PIECE_CHARS - 4;
      text = `${text.slice(0, at)} Palantir ${text.slice(at + 10)}`;
    }
    text = `${text.slice(0, 1000)} IBM ${text.slice(1005)}`;
    document.body.innerHTML = '<p></p>';
    document.body.firstChild!.appendChild(document.createTextNode(text));
    const { matcher, asked } = countingMatcher();
    const page = new PageMatches(matcher);
    await page.scan([document.body]);
    const sent = asked.flat();
    expect(Math.max(...sent.map((t) => t.length))).toBeLessThanOrEqual(PIECE_CHARS + 2 * PIECE_OVERLAP);
    const whole = localTextMatcher(dictionary).matchTexts([text]) as { start: number }[][];
    const mentions = page.resolve();
    expect(mentions.map((m) => m.start)).toEqual(whole[0]!.map((m) => m.start));
    expect(mentions.map((m) => m.text)).toEqual(['IBM', 'Palantir', 'Palantir', 'Palantir', 'Palantir']);
    expect(page.unreadChars).toBe(0);
  });

  it('sends a table of 25,000 cells in batches the protocol takes, and marks all of it', async () => {
    const cells = Array.from({ length: 25_000 }, (_, i) => `<td>${i % 5000 === 0 ? 'IBM' : `c${i}`}</td>`);
    document.body.innerHTML = `<table><tr>${cells.join('')}</tr></table>`;
    const { matcher, asked } = countingMatcher();
    const page = new PageMatches(matcher);
    await page.scan([document.body]);
    expect(Math.max(...asked.map((batch) => batch.length))).toBeLessThanOrEqual(BATCH_MAX_TEXTS);
    expect(page.resolve()).toHaveLength(5);
  }, 20_000);

  it('keeps the marks of every other batch when the matcher refuses one', async () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `<p>${i === 10 ? 'Palantir' : i === 2990 ? 'IBM' : `p${i}`}</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    const local = localTextMatcher(dictionary);
    let batch = 0;
    const page = new PageMatches({
      async matchTexts(texts) {
        if (++batch === 1) throw new Error('Expected <=20000');
        return local.matchTexts(texts);
      },
    });
    await page.scan([document.body]);
    expect(page.resolve().map((m) => m.text)).toEqual(['IBM']);
    expect(page.failures).toEqual([expect.stringMatching(/a batch of 2000 texts: Error: Expected <=20000/)]);
  });

  it('gives up on a text past its bound, in slices, saying how much it left unread', async () => {
    const length = MAX_NODE_CHARS + 3_000_000;
    const text = `Palantir ${'x'.repeat(length - 9)}`;
    document.body.innerHTML = '<p></p>';
    document.body.firstChild!.appendChild(document.createTextNode(text));
    const { matcher, asked } = countingMatcher();
    const page = new PageMatches(matcher);
    let pauses = 0;
    await page.scan([document.body], { pause: () => void pauses++ });
    expect(page.resolve().map((m) => m.text)).toEqual(['Palantir']);
    expect(page.unreadChars).toBe(length - MAX_NODE_CHARS);
    // A pause after every piece: the work is cut where a slice may end.
    expect(pauses).toBeGreaterThanOrEqual(MAX_NODE_CHARS / PIECE_CHARS);
    expect(asked.flat().reduce((sum, t) => sum + t.length, 0)).toBeLessThan(
      MAX_NODE_CHARS + (MAX_NODE_CHARS / PIECE_CHARS + 1) * 2 * PIECE_OVERLAP,
    );
  });

  it('never builds a batch the background would refuse', () => {
    expect(PIECE_CHARS + 2 * PIECE_OVERLAP).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(BATCH_MAX_TEXTS).toBeLessThanOrEqual(MAX_TEXTS);
    expect(MAX_NODE_CHARS).toBeLessThanOrEqual(MAX_SCAN_CHARS);
  });
});
