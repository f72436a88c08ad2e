// Turns a page's text nodes into company mentions: the same code runs in the content script
// (in time slices, the matching done by the background) and in the scan CLI (under jsdom,
// matching in process through the very functions the background runs,
// lib/matcher/local-matcher.ts). The scanner knows matches only by this shape: it imports
// nothing of the matcher, whose word lists stay in the background.
import { SkipRules, walkText, type WalkOptions } from './collect-text';

/** A match in one text, as the matcher judged it. */
export interface JudgedMatch {
  start: number;
  /** Exclusive. */
  end: number;
  companyId: string;
  /** The company's category bit mask (lib/dataset/categories.ts). */
  categories: number;
  standing: Standing;
}

/**
 * How a match stands in its own text: on `evidence`; on `weak` evidence (a possessive, a
 * preposition), which a person of that name on the page outweighs; only if the `page` names
 * the company with evidence elsewhere; or as a `person`'s name, never marked, which tells
 * the page that the name is a person's here.
 */
export type Standing = 'evidence' | 'weak' | 'page' | 'person';

/**
 * The page-wide step. A company whose name the page shows to be a person's ("Sen. Harris")
 * keeps only its marks on strong evidence; the others keep their weak ones too, and those
 * that lean on the page count when the company is named with evidence somewhere on it
 * ("Whole Foods workers … employed by Amazon"). Returns whether each match is marked.
 */
export function pageVerdicts(matches: readonly { companyId: string; standing: Standing }[]): boolean[] {
  const people = new Set<string>();
  for (const match of matches) if (match.standing === 'person') people.add(match.companyId);
  const named = new Set<string>();
  for (const match of matches) {
    if (match.standing === 'evidence' || (match.standing === 'weak' && !people.has(match.companyId)))
      named.add(match.companyId);
  }
  return matches.map(({ companyId, standing }) => {
    if (standing === 'evidence') return true;
    if (standing === 'person' || people.has(companyId)) return false;
    return standing === 'weak' || named.has(companyId);
  });
}

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

export interface ScanOptions extends Omit<WalkOptions, 'rules'> {
  /** Wraps each wait for the matcher's answer (so time slices are not counted across it). */
  waitFor?: <T>(answer: Promise<T>) => Promise<T>;
  /** Told when the answer to a batch sent mid-walk has been taken in (to paint it then). */
  onAnswer?: () => void;
}

interface NodeMatches {
  node: Text;
  /** The node's text when it was matched; null for a long text, read in pieces. */
  text: string | null;
  /** Its length then (the whole text's, for one read in pieces). */
  length: number;
  matches: JudgedMatch[];
}

/** Texts are sent to the matcher in batches of about this many characters… */
const BATCH_CHARS = 64 * 1024;
/** …and of at most this many texts (a table of 25,000 cells is many batches, not one). */
export const BATCH_MAX_TEXTS = 2_000;
/** A text longer than this is read and matched in pieces of this length… */
export const PIECE_CHARS = 32 * 1024;
/**
 * …each sent with this much of its neighbours' text on either side, so that a name across
 * a boundary (the longest alias has 79 characters) and the words beside it are still read.
 * A match belongs to the piece in which it starts.
 */
export const PIECE_OVERLAP = 256;
/** Of one text node, only this much is read (a text of 50 MB is no prose): the rest is given up. */
export const MAX_NODE_CHARS = 4 << 20;
/** One scan reads at most this much text in all (the 118 saved pages hold 4.07 M together). */
export const MAX_SCAN_CHARS = 16 << 20;

/** A text sent to the matcher: a whole text node, or a piece of a long one. */
interface Part {
  node: Text;
  /** Where the text sent starts in the node. */
  from: number;
  /** The stretch whose matches this part keeps (a piece's own, without the overlap). */
  ownFrom: number;
  ownTo: number;
  /** The whole node's text, when the part is all of it. */
  whole: string | null;
}

/** The matches of the page's text nodes; names that lean on the page are settled by `resolve`. */
export class PageMatches {
  /** Only the text nodes with matches, in the order they were first matched. */
  private readonly byNode = new Map<Text, NodeMatches>();
  private readonly rules = new SkipRules();
  private changes = 0;
  /** Batches the matcher refused or failed on, with its reason (the rest of the page goes on). */
  readonly failures: string[] = [];
  /** Characters left unread past MAX_NODE_CHARS and MAX_SCAN_CHARS, over all scans. */
  unreadChars = 0;

  constructor(private readonly matcher: TextMatcher) {}

  /**
   * Matches the text nodes under `roots` (the page, or what changed in it), batch by batch:
   * texts from all the roots share batches, so a rescan of many small changes is one
   * question to the matcher, not one per change.
   */
  async scan(roots: readonly Node[], options: ScanOptions = {}): Promise<void> {
    let parts: Part[] = [];
    let texts: string[] = [];
    let chars = 0;
    let budget = MAX_SCAN_CHARS;
    const flush = async (midWalk: boolean) => {
      if (parts.length === 0) return;
      const [batchParts, batchTexts] = [parts, texts];
      parts = [];
      texts = [];
      chars = 0;
      const asked = this.matcher.matchTexts(batchTexts);
      let results: JudgedMatch[][] | null;
      if (asked instanceof Promise) {
        // A refused batch costs only its own texts their marks (kept as they were).
        const answer = asked.catch((error: unknown) => {
          this.failures.push(`a batch of ${batchTexts.length} texts: ${String(error)}`);
          return null;
        });
        results = await (options.waitFor ?? ((p) => p))(answer);
      } else results = asked;
      if (!results) return;
      for (let i = 0; i < batchParts.length; i++) this.take(batchParts[i]!, batchTexts[i]!, results[i] ?? []);
      // The last batch's answer is painted by the caller, once the scan is done.
      if (midWalk) options.onAnswer?.();
    };
    const pending: Promise<void>[] = [];
    // The first batch holds where the walk began (what is in view): the walk waits for its
    // answer at its next pause, so those marks are painted before the rest of a long page is
    // read. Later batches are answered while the walk goes on.
    let firstAnswer: Promise<void> | undefined;
    const add = (part: Part, text: string) => {
      parts.push(part);
      texts.push(text);
      chars += text.length;
      budget -= part.ownTo - part.ownFrom;
      if (chars >= BATCH_CHARS || parts.length >= BATCH_MAX_TEXTS) {
        const sent = flush(true);
        if (pending.length === 0) firstAnswer = sent;
        pending.push(sent);
      }
    };
    const visit = (node: Text): Promise<void> | undefined => {
      // The length first: a huge text is never copied out whole.
      const length = node.length;
      if (length > PIECE_CHARS) return readInPieces(node, length);
      if (length > budget) {
        this.unreadChars += length;
        return undefined;
      }
      const text = node.data;
      // No alias is shorter than two characters; most text nodes of a page are the white
      // space between its tags. trim() is native: a loop over the characters here would run
      // interpreted, once per page.
      if (length < 2 || text.trim().length < 2) {
        this.forget(node);
        return undefined;
      }
      add({ node, from: 0, ownFrom: 0, ownTo: length, whole: text }, text);
      return undefined;
    };
    const readInPieces = async (node: Text, length: number) => {
      this.forget(node);
      const readable = Math.min(length, MAX_NODE_CHARS, Math.max(0, budget));
      this.unreadChars += length - readable;
      for (let ownFrom = 0; ownFrom < readable; ownFrom += PIECE_CHARS) {
        const ownTo = Math.min(ownFrom + PIECE_CHARS, readable);
        const from = Math.max(0, ownFrom - PIECE_OVERLAP);
        const to = Math.min(length, ownTo + PIECE_OVERLAP);
        add({ node, from, ownFrom, ownTo, whole: null }, node.substringData(from, to - from));
        const waiting = pause();
        if (waiting) await waiting;
        if (!node.isConnected) return;
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

  /** Keeps what the matcher found in one part of a node's text. */
  private take(part: Part, text: string, found: readonly JudgedMatch[]): void {
    const { node, from, ownFrom, ownTo, whole } = part;
    if (whole !== null) {
      // A node matched again keeps its place, so an unchanged page resolves to the same list
      // in the same order and is not painted again.
      if (found.length > 0) {
        this.byNode.set(node, { node, text: whole, length: whole.length, matches: [...found] });
        this.changes++;
      } else this.forget(node);
      return;
    }
    const own = found
      .map((match) => ({ ...match, start: match.start + from, end: match.end + from }))
      .filter((match) => match.start >= ownFrom && match.start < ownTo);
    if (own.length === 0 || text.length === 0) return;
    let entry = this.byNode.get(node);
    if (!entry) {
      entry = { node, text: null, length: node.length, matches: [] };
      this.byNode.set(node, entry);
    }
    entry.matches.push(...own);
    entry.matches.sort((a, b) => a.start - b.start);
    this.changes++;
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
      const changed = node.length !== entry.length || (entry.text !== null && node.data !== entry.text);
      if (!node.isConnected || changed) {
        this.byNode.delete(node);
        this.changes++;
      }
    }
  }

  /** The mentions to mark: every match that stands on its own, and those the page confirms. */
  resolve(): Mention[] {
    const entries = [...this.byNode.values()];
    const marked = pageVerdicts(entries.flatMap((entry) => entry.matches));
    const mentions: Mention[] = [];
    let at = 0;
    for (const { node, text, length, matches } of entries) {
      const first = at;
      at += matches.length;
      // A long text changed under its marks is read again at the next flush; until then its
      // marks must not point past its end.
      if (node.length !== length) continue;
      for (const [k, match] of matches.entries()) {
        if (!marked[first + k]) continue;
        mentions.push({
          node,
          start: match.start,
          end: match.end,
          companyId: match.companyId,
          categories: match.categories,
          text:
            text !== null
              ? text.slice(match.start, match.end)
              : node.substringData(match.start, match.end - match.start),
        });
      }
    }
    return mentions;
  }
}
