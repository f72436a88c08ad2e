import { describe, expect, it } from 'vitest';
import { categoryMask } from '../dataset/categories';
import { compileDictionary, loadDictionary, siteOwner } from './dictionary';

describe('the compiled dictionary', () => {
  const file = compileDictionary({
    version: 'v1',
    companies: {
      amazon: {
        name: 'Amazon',
        domains: ['amazon.com', 'aws.amazon.com'],
        categories: categoryMask(['labour']),
        contextWords: ['Alexa', 'Kindle'],
      },
      meta: { name: 'Meta (Facebook)', domains: [], categories: 0, ownerId: 'palantir' },
      palantir: {
        name: 'Palantir',
        domains: ['palantir.com'],
        categories: categoryMask(['immigration', 'military']),
      },
    },
    aliases: [
      { text: 'Amazon', companyId: 'amazon', ambiguous: true },
      { text: 'Palantir', companyId: 'palantir', ambiguous: false },
      { text: 'Meta', companyId: 'meta', ambiguous: true },
      { text: 'Facebook', companyId: 'meta', ambiguous: false },
      { text: 'Palantir Technologies', companyId: 'palantir', ambiguous: false },
    ],
  });
  const dictionary = loadDictionary(new Uint8Array(file).buffer);

  it("flags a company's own name, or its name before a note in brackets", () => {
    const own = dictionary.matcher
      .findAll('Amazon, Meta, Facebook, Palantir, Palantir Technologies')
      .map((m) => m.alias.mainName);
    expect(own).toEqual([true, true, false, true, false]);
  });

  it("keeps each company's categories", () => {
    expect(dictionary.categoriesOf('palantir')).toBe(categoryMask(['immigration', 'military']));
    expect(dictionary.categoriesOf('amazon')).toBe(categoryMask(['labour']));
    expect(dictionary.categoriesOf('unknown')).toBe(0);
  });

  it("carries each company's typical words to the page context", () => {
    expect(dictionary.pageContext('example.org').contextWords).toEqual({ amazon: ['Alexa', 'Kindle'] });
    expect(dictionary.pageContext('www.amazon.com').ownSiteCompanyId).toBe('amazon');
  });

  it("carries each unit's owner to the page context", () => {
    expect(dictionary.pageContext('example.org').ownerOf).toEqual({ meta: 'palantir' });
  });

  it('refuses a damaged word table', () => {
    const damaged = compileDictionary({
      version: 'v1',
      companies: { amazon: { name: 'Amazon', domains: [], categories: 0, contextWords: ['Alexa'] } },
      aliases: [{ text: 'Amazon', companyId: 'amazon', ambiguous: true }],
    });
    // The same number of bytes, so that the section table stays valid: only the word list is wrong.
    const words = new TextEncoder().encode('["Alexa"]');
    const at = damaged.findIndex((_, i) => words.every((byte, j) => damaged[i + j] === byte));
    damaged.set(new TextEncoder().encode('[123456 ]'), at);
    expect(() => loadDictionary(damaged.buffer as ArrayBuffer)).toThrow(/damaged company table/);
  });

  it("knows a company's own site, subdomains included, and nothing else", () => {
    const owner = (host: string) => dictionary.pageContext(host).ownSiteCompanyId;
    expect(owner('www.amazon.com')).toBe('amazon');
    expect(owner('smile.amazon.com')).toBe('amazon');
    expect(owner('PALANTIR.COM.')).toBe('palantir');
    expect(owner('notamazon.com')).toBeNull();
    expect(siteOwner({}, 'amazon.com')).toBeUndefined();
  });
});
