import { describe, expect, it } from 'vitest';
import { compileDictionary, loadDictionary, matcherFromAliases } from './dictionary';

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
  it('finds a name written straight against Han, kana, Hangul or Thai, which put no space there', () => {
    expect(found('AWSの従業員はPalantirとの契約に抗議した')).toEqual(['AWS', 'Palantir']);
    expect(found('员工抗议Palantir Technologies与IBM的合同')).toEqual(['Palantir Technologies', 'IBM']);
    expect(found('Palantir와의 계약, IBM의 직원')).toEqual(['Palantir', 'IBM']);
    expect(found('พนักงานของIBMประท้วง')).toEqual(['IBM']);
    // Letters of spaced scripts still join a name to a longer word.
    expect(found('IBMer Palantirский ΑIBM')).toEqual([]);
  });
  it('is case-sensitive', () => {
    expect(found('amazon ibm PALANTIR')).toEqual([]);
  });
  it('matches names broken by a line, a non-breaking space or a soft hyphen', () => {
    expect(found('Amazon\n   Web\u00a0Services')).toEqual(['Amazon\n   Web\u00a0Services']);
    expect(found('Palan\u00adtir')).toEqual(['Palan\u00adtir']);
    expect(found('Amazon\u00adians')).toEqual([]);
  });
  it('passes over capitalised words that start no alias, and finds the ones that do', () => {
    const names = matcherFromAliases([
      alias('The Boeing Company', 'boeing'),
      alias('AT&T', 'att'),
      alias('X', 'x'),
      alias('3M', '3m'),
    ]);
    const seen = (text: string) => names.findAll(text).map((m) => text.slice(m.start, m.end));
    // Words that share a first letter or two with an alias but are no alias's first word.
    expect(seen('Then The weather, Theory and ATM and Xylophone and 3Ms')).toEqual([]);
    expect(seen('The Boeing Company, AT&T, X. and 3M')).toEqual(['The Boeing Company', 'AT&T', 'X', '3M']);
    // A soft hyphen in the word leaves it to the walk, which skips it wherever it is.
    expect(seen('The\u00ad Boeing Company and A\u00adT&T')).toEqual([
      'The\u00ad Boeing Company',
      'A\u00adT&T',
    ]);
    expect(seen('T\u00adhe Boeing Company')).toEqual(['T\u00adhe Boeing Company']);
  });
  it('reports offsets into the original text and the alias company', () => {
    const [match] = matcher.findAll('Ask IBM.');
    expect(match).toMatchObject({ start: 4, end: 7, alias: { companyId: 'ibm', ambiguous: false } });
  });
  it('gives the same matches after a round trip through the binary file', () => {
    const file = compileDictionary({
      version: 'v',
      companies: Object.fromEntries(
        aliases.map((a) => [a.companyId, { name: a.companyId, domains: [], categories: 1 }]),
      ),
      aliases,
    });
    const copy = new Uint8Array(file).buffer; // as a page receives it: a fresh ArrayBuffer
    const text = 'Amazon Web Services, IBM and Palantir Technologies';
    expect(
      loadDictionary(copy)
        .matcher.findAll(text)
        .map((m) => [m.start, m.end, m.alias.companyId]),
    ).toEqual(matcher.findAll(text).map((m) => [m.start, m.end, m.alias.companyId]));
  });
  it('refuses a damaged file with a clear error', () => {
    const file = compileDictionary({ version: 'v', companies: {}, aliases });
    expect(() => loadDictionary(new ArrayBuffer(8))).toThrow('dictionary: file too short');
    const wrongMagic = new Uint8Array(file);
    wrongMagic[0] = 0;
    expect(() => loadDictionary(wrongMagic.buffer)).toThrow('dictionary: not a Backstory dictionary');
    expect(() => loadDictionary(file.slice(0, file.length - 200).buffer)).toThrow(/damaged/);
    const badLabels = new Uint8Array(file);
    new DataView(badLabels.buffer).setUint32(8 + 2 * 8 + 4, 4, true); // label section cut to 4 states
    expect(() => loadDictionary(badLabels.buffer)).toThrow(/disagree/);
  });
});
