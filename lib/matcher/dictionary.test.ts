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
      },
      palantir: {
        name: 'Palantir',
        domains: ['palantir.com'],
        categories: categoryMask(['immigration', 'military']),
      },
    },
    aliases: [
      { text: 'Amazon', companyId: 'amazon', ambiguous: true },
      { text: 'Palantir', companyId: 'palantir', ambiguous: false },
    ],
  });
  const dictionary = loadDictionary(new Uint8Array(file).buffer);

  it("keeps each company's categories", () => {
    expect(dictionary.categoriesOf('palantir')).toBe(categoryMask(['immigration', 'military']));
    expect(dictionary.categoriesOf('amazon')).toBe(categoryMask(['labour']));
    expect(dictionary.categoriesOf('unknown')).toBe(0);
  });

  it("knows a company's own site, subdomains included, and nothing else", () => {
    expect(dictionary.ownerOfSite('www.amazon.com')).toBe('amazon');
    expect(dictionary.ownerOfSite('smile.amazon.com')).toBe('amazon');
    expect(dictionary.ownerOfSite('PALANTIR.COM.')).toBe('palantir');
    expect(dictionary.ownerOfSite('notamazon.com')).toBeUndefined();
    expect(siteOwner({}, 'amazon.com')).toBeUndefined();
  });
});
