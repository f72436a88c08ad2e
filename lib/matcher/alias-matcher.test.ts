import { describe, expect, it } from 'vitest';
import { deserialiseAutomaton, serialiseAutomaton, compileAutomaton } from './automaton';
import { AliasMatcher } from './alias-matcher';
import { matcherFromAliases } from './dictionary';

const alias = (text: string, companyId: string, ambiguous = false) => ({ text, companyId, ambiguous });
const aliases = [
  alias('Amazon', 'amazon', true),
  alias('Amazon Web Services', 'amazon'),
  alias('AWS', 'amazon'),
  alias('Palantir', 'palantir'),
  alias('Palantir Technologies', 'palantir'),
  alias('Amazon.com', 'amazon'),
  alias('IBM', 'ibm'),
  alias('Société Générale', 'sg'),
];
const matcher = matcherFromAliases(aliases);
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('AliasMatcher', () => {
  it('prefers the longest alias at the leftmost position', () => {
    expect(found('Amazon Web Services hosts Palantir Technologies.')).toEqual([
      'Amazon Web Services',
      'Palantir Technologies',
    ]);
    expect(found('Buy at Amazon.com today')).toEqual(['Amazon.com']);
  });
  it('falls back to a shorter alias when the longer one is cut off', () => {
    expect(found('Amazon Web is not a name')).toEqual(['Amazon']);
  });
  it('respects word boundaries in every script', () => {
    expect(found('Amazonians and AWSome and IBMer')).toEqual([]);
    expect(found('xPalantir Palantiré éPalantir')).toEqual([]);
    expect(found("(IBM), IBM’s and Amazon's")).toEqual(['IBM', 'IBM', 'Amazon']);
    expect(found('at Société Générale.')).toEqual(['Société Générale']);
    expect(found('𝒜IBM IBM𝒜')).toEqual([]);
  });
  it('is case-sensitive', () => {
    expect(found('amazon ibm PALANTIR')).toEqual([]);
  });
  it('matches names broken by a line, a non-breaking space or a soft hyphen', () => {
    expect(found('Amazon\n   Web\u00a0Services')).toEqual(['Amazon\n   Web\u00a0Services']);
    expect(found('Palan\u00adtir')).toEqual(['Palan\u00adtir']);
    expect(found('Amazon\u00adians')).toEqual([]);
  });
  it('reports offsets into the original text and the alias company', () => {
    const [match] = matcher.findAll('Ask IBM.');
    expect(match).toMatchObject({ start: 4, end: 7, alias: { companyId: 'ibm', ambiguous: false } });
  });
  it('gives the same matches after a round trip through the file form', () => {
    const ids = ['amazon', 'palantir', 'ibm', 'sg'];
    const compiled = compileAutomaton(aliases.map((a) => ({ ...a, companyIndex: ids.indexOf(a.companyId) })));
    const reloaded = new AliasMatcher(
      deserialiseAutomaton(JSON.parse(JSON.stringify(serialiseAutomaton(compiled)))),
      ids,
    );
    const text = 'Amazon Web Services, IBM and Palantir Technologies';
    expect(reloaded.findAll(text)).toEqual(matcher.findAll(text));
  });
  it('refuses a damaged file form with a clear error', () => {
    const ids = ['amazon', 'palantir', 'ibm', 'sg'];
    const sections = serialiseAutomaton(
      compileAutomaton(aliases.map((a) => ({ ...a, companyIndex: ids.indexOf(a.companyId) }))),
    );
    expect(() => deserialiseAutomaton({ ...sections, label: undefined })).toThrow(
      'automaton: section label missing',
    );
    expect(() => deserialiseAutomaton({ ...sections, label: sections.childCount.slice(0, 8) })).toThrow(
      /disagree/,
    );
    expect(() => deserialiseAutomaton({ ...sections, terminals: sections.terminals.slice(0, 7) })).toThrow(
      /truncated/,
    );
  });
});
