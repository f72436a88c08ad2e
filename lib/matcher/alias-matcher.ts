// Finds every alias in a text: case-sensitive, on Unicode word boundaries, leftmost-longest.
// A space in an alias matches any run of white space (names broken by a line), and soft
// hyphens inside a name are ignored. Pure: no DOM, no browser API.

export interface MatcherAlias {
  text: string;
  companyId: string;
  ambiguous: boolean;
}

export interface AliasMatch {
  start: number;
  /** Exclusive. */
  end: number;
  alias: MatcherAlias;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  alias: MatcherAlias | undefined;
}

const SPACE = 0x20;
const SOFT_HYPHEN = 0xad;

export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Letters, digits and combining marks of any script continue a word. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  if (code === SOFT_HYPHEN || isWhiteSpace(code)) return false;
  return WORD_CHAR.test(String.fromCharCode(code));
}

export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map(), alias: undefined };

  constructor(aliases: readonly MatcherAlias[]) {
    for (const alias of aliases) this.add(alias);
  }

  private add(alias: MatcherAlias): void {
    const text = alias.text.trim().replace(/\s+/g, ' ');
    if (text.length === 0) return;
    let node = this.root;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), alias: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    node.alias ??= alias;
  }

  findAll(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    const first = this.root.next;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const start = first.get(code);
      if (start === undefined || (i > 0 && isWordChar(text.charCodeAt(i - 1)) && isWordChar(code))) {
        i++;
        continue;
      }
      const found = this.longestAt(text, i + 1, start);
      if (found) {
        matches.push({ start: i, end: found.end, alias: found.alias });
        i = found.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** Walks the trie from `node` at text position `pos`; the longest alias ending on a boundary. */
  private longestAt(
    text: string,
    pos: number,
    node: TrieNode,
  ): { end: number; alias: MatcherAlias } | undefined {
    let best: { end: number; alias: MatcherAlias } | undefined;
    for (;;) {
      if (node.alias && endsOnBoundary(text, pos)) best = { end: pos, alias: node.alias };
      if (pos >= text.length) return best;
      const code = text.charCodeAt(pos);
      if (code === SOFT_HYPHEN) {
        pos++;
        continue;
      }
      if (isWhiteSpace(code)) {
        const spaced = node.next.get(SPACE);
        if (!spaced) return best;
        while (pos < text.length && isWhiteSpace(text.charCodeAt(pos))) pos++;
        node = spaced;
        continue;
      }
      const child = node.next.get(code);
      if (!child) return best;
      node = child;
      pos++;
    }
  }
}

function endsOnBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const before = text.charCodeAt(end - 1);
  return !(isWordChar(before) && isWordChar(text.charCodeAt(end)));
}
