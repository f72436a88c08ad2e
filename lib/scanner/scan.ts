// Turns a page's text nodes into company mentions: the same code runs in the content script
// (in time slices, the matching done by the background) and in the scan CLI (under jsdom,
// matching in process).
import type { AliasMatch } from '../matcher/alias-matcher';
import { keepEvidencedMatches, type PageContext } from '../matcher/disambiguate';
import { SkipRules, walkText, type WalkOptions } from './collect-text';

export interface Mention {
  node: Text;
  /** Offsets inside `node.data`, end exclusive. */
  start: number;
  end: number;
  companyId: string;
  text: string;
}

/**
 * Finds the aliases in each of a batch of texts. The content script's asks the background,
 * so that the page's own thread never loads the dictionary; the CLI's runs the matcher here.
 */
export interface TextMatcher {
  matchTexts(texts: readonly string[]): AliasMatch[][] | Promise<AliasMatch[][]>;
}

/** The matcher itself as a TextMatcher, for the CLI and tests. */
export function localTextMatcher(matcher: { findAll(text: string): AliasMatch[] }): TextMatcher {
  return { matchTexts: (texts) => texts.map((text) => matcher.findAll(text)) };
}

export interface ScanOptions extends Omit<WalkOptions, 'rules'> {
  /** Wraps each wait for the matcher's answer (so time slices are not counted across it). */
  waitFor?: <T>(answer: Promise<T>) => Promise<T>;
}

interface NodeMatches {
  node: Text;
  text: string;
  matches: AliasMatch[];
}

/** Texts are sent to the matcher in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;
/**
 * No alias is shorter than two characters; white space alone never names anyone. Most text
 * nodes of a page are the white space between its tags: told apart without copying them.
 */
function worthMatching(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Space, tab, line breaks, no-break space: what trim() would drop, for the usual cases.
    if (code > 32 && code !== 160 && ++letters === 2) return true;
  }
  return false;
}

/** Raw matches per text node; ambiguity is settled page-wide by `resolve`. */
export class PageMatches {
  private readonly byNode = new Map<Text, NodeMatches>();
  private readonly rules = new SkipRules();

  constructor(private readonly matcher: TextMatcher) {}

  /**
   * Matches the text nodes under `roots` (the page, or what changed in it), batch by batch:
   * texts from all the roots share batches, so a rescan of many small changes is one
   * question to the matcher, not one per change.
   */
  async scan(roots: readonly Node[], options: ScanOptions = {}): Promise<void> {
    let nodes: Text[] = [];
    let texts: string[] = [];
    let chars = 0;
    const flush = async () => {
      if (nodes.length === 0) return;
      const [batchNodes, batchTexts] = [nodes, texts];
      nodes = [];
      texts = [];
      chars = 0;
      const answer = this.matcher.matchTexts(batchTexts);
      const results = answer instanceof Promise ? await (options.waitFor ?? ((p) => p))(answer) : answer;
      batchNodes.forEach((node, i) => this.record(node, batchTexts[i]!, results[i] ?? []));
    };
    const pending: Promise<void>[] = [];
    const visit = (node: Text) => {
      const text = node.data;
      if (!worthMatching(text)) {
        this.byNode.delete(node);
        return;
      }
      nodes.push(node);
      texts.push(text);
      chars += text.length;
      if (chars >= BATCH_CHARS) pending.push(flush());
    };
    for (const root of roots) await walkText(root, visit, { ...options, rules: this.rules });
    pending.push(flush());
    await Promise.all(pending);
  }

  private record(node: Text, text: string, matches: AliasMatch[]): void {
    if (matches.length > 0) this.byNode.set(node, { node, text, matches });
    else this.byNode.delete(node);
  }

  get size(): number {
    return this.byNode.size;
  }

  /** Forgets nodes that left the document or whose text changed since they were matched. */
  prune(): void {
    for (const [node, entry] of this.byNode) {
      if (!node.isConnected || node.data !== entry.text) this.byNode.delete(node);
    }
  }

  resolve(page: PageContext): Mention[] {
    const kept = keepEvidencedMatches([...this.byNode.values()], page);
    const mentions: Mention[] = [];
    for (const [entry, matches] of kept) {
      for (const match of matches) {
        mentions.push({
          node: entry.node,
          start: match.start,
          end: match.end,
          companyId: match.alias.companyId,
          text: entry.text.slice(match.start, match.end),
        });
      }
    }
    return mentions;
  }
}
