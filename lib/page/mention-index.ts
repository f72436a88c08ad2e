// The scanner's own index of marked ranges, looked up by text node and offset when the
// pointer rests on text (so hover never walks the page).
import type { Mention } from '../scanner/scan';

export class MentionIndex {
  private byNode = new Map<Text, Mention[]>();

  replace(mentions: readonly Mention[]): void {
    const byNode = new Map<Text, Mention[]>();
    for (const mention of mentions) {
      const list = byNode.get(mention.node);
      if (list) list.push(mention);
      else byNode.set(mention.node, [mention]);
    }
    this.byNode = byNode;
  }

  get empty(): boolean {
    return this.byNode.size === 0;
  }

  /** The mention covering `offset` in `node` (a caret just after the last letter counts). */
  at(node: Node, offset: number): Mention | undefined {
    const list = this.byNode.get(node as Text);
    return list?.find((m) => offset >= m.start && offset <= m.end);
  }
}

export function countByCompany(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.companyId, (counts.get(m.companyId) ?? 0) + 1);
  return counts;
}

/** Whether two lists mark the same ranges for the same companies, in the same order. */
export function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return m.node === n.node && m.start === n.start && m.end === n.end && m.companyId === n.companyId;
    })
  );
}
