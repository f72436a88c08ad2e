// `npm run scan -- --explain FILE`: every name the matcher found on a page, marked or
// declined, with the rule that decided it. The judgement is the background's own
// (explainBatch, the same code matchTexts runs) and the page-wide step the
// content script's (pageVerdicts).
import type { Dictionary } from '../../lib/matcher/dictionary';
import { explainBatch, type Judgement } from '../../lib/matcher/disambiguate';
import { pageVerdicts, type Standing } from '../../lib/scanner/scan';

export interface Explained {
  name: string;
  companyId: string;
  marked: boolean;
  rule: string;
  /** Why the page-wide step overruled the text's verdict, if it did. */
  page?: string;
}

const STANDING: Record<Exclude<Judgement['verdict'], 'no'>, Standing> = {
  yes: 'evidence',
  weak: 'weak',
  page: 'page',
  person: 'person',
};

/** Each name in `texts` (a page's text nodes, in order), judged as the extension judges it. */
export function explainTexts(dictionary: Dictionary, texts: readonly string[], host = ''): Explained[] {
  const page = dictionary.pageContext(host);
  const matchesPerText = texts.map((text) => dictionary.matcher.findAll(text));
  const judged = explainBatch(texts, matchesPerText, page);
  const found = texts.flatMap((text, t) =>
    matchesPerText[t]!.map((m, i) => ({
      name: text.slice(m.start, m.end),
      companyId: m.alias.companyId,
      judgement: judged[t]![i]!,
    })),
  );
  const standing = found.filter((f) => f.judgement.verdict !== 'no');
  const marked = pageVerdicts(
    standing.map((f) => ({
      companyId: f.companyId,
      standing: STANDING[f.judgement.verdict as Exclude<Judgement['verdict'], 'no'>],
    })),
  );
  const people = new Set(standing.filter((f) => f.judgement.verdict === 'person').map((f) => f.companyId));
  let k = 0;
  return found.map(({ name, companyId, judgement }) => {
    const explained: Explained = { name, companyId, marked: false, rule: judgement.rule };
    if (judgement.verdict === 'no') return explained;
    explained.marked = marked[k++]!;
    if (!explained.marked && judgement.verdict !== 'person')
      explained.page = people.has(companyId)
        ? 'the page shows this name to be a person'
        : 'the page names the company nowhere with evidence';
    return explained;
  });
}

export function formatExplained(file: string, lines: readonly Explained[]): string {
  const out = [
    `${file}: ${lines.filter((l) => l.marked).length} marked, ${lines.filter((l) => !l.marked).length} declined`,
  ];
  for (const l of lines)
    out.push(
      `  ${l.marked ? 'marked  ' : 'declined'} ${JSON.stringify(l.name)} → ${l.companyId}: ${l.rule}${l.page ? `; ${l.page}` : ''}`,
    );
  return out.join('\n');
}
