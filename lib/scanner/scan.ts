// Turns a page's text nodes into company mentions: the same code runs in the content script
// (in time slices) and in the scan CLI (under jsdom).
import type { AliasMatcher, AliasMatch } from '../matcher/alias-matcher';
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

interface NodeMatches {
  node: Text;
  text: string;
  matches: AliasMatch[];
}

/** Raw matches per text node; ambiguity is settled page-wide by `resolveMentions`. */
export class PageMatches {
  private readonly byNode = new Map<Text, NodeMatches>();
  private readonly rules = new SkipRules();

  constructor(private readonly matcher: AliasMatcher) {}

  /** Matches one text node again (new, or its text changed). */
  matchNode(node: Text): void {
    const matches = this.matcher.findAll(node.data);
    if (matches.length > 0) this.byNode.set(node, { node, text: node.data, matches });
    else this.byNode.delete(node);
  }

  async scan(root: Node, options: Omit<WalkOptions, 'rules'> = {}): Promise<void> {
    await walkText(root, (node) => this.matchNode(node), { ...options, rules: this.rules });
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
