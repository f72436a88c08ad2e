// Turns a page's text nodes into company mentions: the same code runs in the content script
// (in time slices, the matching done by the background) and in the scan CLI (under jsdom,
// matching in process through the very functions the background runs).
import type { Dictionary } from '../matcher/dictionary';
import { companiesNamedOnPage } from '../matcher/disambiguate';
import { matchTexts, readTextMatches, type JudgedMatch } from '../matcher/text-matches';
import { SkipRules, walkText, type WalkOptions } from './collect-text';

export interface Mention {
  node: Text;
  /** Offsets inside `node.data`, end exclusive. */
  start: number;
  end: number;
  companyId: string;
  /** The company's category bit mask. */
  categories: number;
  text: string;
}

/**
 * Finds and judges the aliases in each of a batch of texts. The content script's asks the
 * background, so that the page's own thread never loads the dictionary; the CLI's runs here.
 */
export interface TextMatcher {
  matchTexts(texts: readonly string[]): JudgedMatch[][] | Promise<JudgedMatch[][]>;
}

/** The background's matching, run in process: for the CLI and tests. */
export function localTextMatcher(dictionary: Dictionary, host = ''): TextMatcher {
  return { matchTexts: (texts) => readTextMatches(matchTexts(dictionary, texts, host), texts) };
}

export interface ScanOptions extends Omit<WalkOptions, 'rules'> {
  /** Wraps each wait for the matcher's answer (so time slices are not counted across it). */
  waitFor?: <T>(answer: Promise<T>) => Promise<T>;
  /** Told when the answer to a batch sent mid-walk has been taken in (to paint it then). */
  onAnswer?: () => void;
}

interface NodeMatches {
  node: Text;
  text: string;
  matches: JudgedMatch[];
}

/** Texts are sent to the matcher in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;

/** The matches of the page's text nodes; names that lean on the page are settled by `resolve`. */
export class PageMatches {
  /** Only the text nodes with matches, in the order they were first matched. */
  private readonly byNode = new Map<Text, NodeMatches>();
  private readonly rules = new SkipRules();
  private changes = 0;

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
    const flush = async (midWalk: boolean) => {
      if (nodes.length === 0) return;
      const [batchNodes, batchTexts] = [nodes, texts];
      nodes = [];
      texts = [];
      chars = 0;
      const answer = this.matcher.matchTexts(batchTexts);
      const results = answer instanceof Promise ? await (options.waitFor ?? ((p) => p))(answer) : answer;
      for (let i = 0; i < batchNodes.length; i++) {
        const matches = results[i];
        // A node matched again keeps its place, so an unchanged page resolves to the same
        // list in the same order and is not painted again.
        if (matches && matches.length > 0) {
          this.byNode.set(batchNodes[i]!, { node: batchNodes[i]!, text: batchTexts[i]!, matches });
          this.changes++;
        } else this.forget(batchNodes[i]!);
      }
      // The last batch's answer is painted by the caller, once the scan is done.
      if (midWalk) options.onAnswer?.();
    };
    const pending: Promise<void>[] = [];
    // The first batch holds where the walk began (what is in view): the walk waits for its
    // answer at its next pause, so those marks are painted before the rest of a long page is
    // read. Later batches are answered while the walk goes on.
    let firstAnswer: Promise<void> | undefined;
    const visit = (node: Text) => {
      const text = node.data;
      // No alias is shorter than two characters; most text nodes of a page are the white
      // space between its tags. trim() is native: a loop over the characters here would run
      // interpreted, once per page.
      if (text.length < 2 || text.trim().length < 2) {
        this.forget(node);
        return;
      }
      nodes.push(node);
      texts.push(text);
      chars += text.length;
      if (chars >= BATCH_CHARS) {
        const sent = flush(true);
        if (pending.length === 0) firstAnswer = sent;
        pending.push(sent);
      }
    };
    const pause = (heavyNext?: boolean) => {
      const answer = firstAnswer;
      if (!answer) return options.pause?.(heavyNext);
      firstAnswer = undefined;
      return answer.then(() => options.pause?.(heavyNext));
    };
    for (const root of roots) {
      await walkText(root, visit, { ...options, pause, rules: this.rules });
      // A rescan may have many small roots: each costs a few queries of its own. After the
      // last comes the message that sends the last batch, a step that cannot be cut.
      const waiting = options.pause?.(true);
      if (waiting) await waiting;
    }
    pending.push(flush(false));
    await Promise.all(pending);
  }

  /** A node that no longer has matches (a first scan has nothing to forget: no lookup). */
  private forget(node: Text): void {
    if (this.byNode.size > 0 && this.byNode.delete(node)) this.changes++;
  }

  /** Counts the changes to the matches kept: equal counts, the same matches. */
  get version(): number {
    return this.changes;
  }

  /** Text nodes with matches. */
  get size(): number {
    return this.byNode.size;
  }

  /** Forgets nodes that left the document or whose text changed since they were matched. */
  prune(): void {
    for (const [node, entry] of this.byNode) {
      if (!node.isConnected || node.data !== entry.text) {
        this.byNode.delete(node);
        this.changes++;
      }
    }
  }

  /** The mentions to mark: every match that stands on its own, and those the page confirms. */
  resolve(): Mention[] {
    const entries = [...this.byNode.values()];
    const named = companiesNamedOnPage(entries.flatMap((entry) => entry.matches));
    const mentions: Mention[] = [];
    for (const { node, text, matches } of entries) {
      for (const match of matches) {
        if (match.needsPage && !named.has(match.companyId)) continue;
        mentions.push({
          node,
          start: match.start,
          end: match.end,
          companyId: match.companyId,
          categories: match.categories,
          text: text.slice(match.start, match.end),
        });
      }
    }
    return mentions;
  }
}
