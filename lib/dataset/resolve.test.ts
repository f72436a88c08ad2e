import { describe, expect, it } from 'vitest';
import {
  companyKey,
  CompanyResolver,
  displayCase,
  isJointVenture,
  slugify,
  withoutLegalForm,
} from './resolve';

describe('companyKey', () => {
  it('merges spellings that differ in legal form, punctuation, "The" and qualifiers', () => {
    expect(companyKey('THE GEO GROUP, INC.')).toBe(companyKey('GEO Group'));
    expect(companyKey('Palantir USG Inc')).toBe(companyKey('PALANTIR'));
    expect(companyKey('ACCENTURE FEDERAL SERVICES LLC')).toBe(companyKey('Accenture'));
    expect(companyKey('LEXISNEXIS SPECIAL SERVICES INC')).toBe(companyKey('LexisNexis'));
    expect(companyKey('BAE Systems Land & Armaments L.P.')).toBe(
      companyKey('BAE Systems Land and Armaments L.P.'),
    );
  });
  it('keeps a qualifier when nothing distinctive would remain', () => {
    expect(companyKey('SPECIAL SERVICES GROUP, LLC')).toBe('SPECIAL SERVICES GROUP');
    expect(companyKey('GLOBAL FEDERAL SERVICES')).toBe('GLOBAL FEDERAL SERVICES');
  });
  it('leaves joint ventures whole', () => {
    expect(isJointVenture('KTH SERVICES JV, LLC')).toBe(true);
    expect(isJointVenture('BCCG A JOINT VENTURE')).toBe(true);
    expect(isJointVenture('JVC KENWOOD')).toBe(false);
    expect(companyKey('RED ARROW JV, LLC')).toBe('RED ARROW JV');
  });
});

describe('names for people', () => {
  it('title-cases shouted names but keeps acronyms and mixed case', () => {
    expect(displayCase('SCIENCE APPLICATIONS INTERNATIONAL CORPORATION')).toBe(
      'Science Applications International Corporation',
    );
    expect(displayCase('CDW GOVERNMENT LLC')).toBe('CDW Government LLC');
    expect(displayCase('SCI')).toBe('SCI');
    expect(displayCase('RED ARROW')).toBe('Red Arrow');
    expect(displayCase('GEO Group')).toBe('GEO Group');
    expect(displayCase('BOOZ ALLEN HAMILTON INC.')).toBe('Booz Allen Hamilton Inc.');
    expect(withoutLegalForm('Booz Allen Hamilton Inc.')).toBe('Booz Allen Hamilton');
    expect(withoutLegalForm('Dell Federal Systems L.P')).toBe('Dell Federal Systems');
    expect(withoutLegalForm('Acme, LLC')).toBe('Acme');
  });
  it('makes ids from names', () => {
    expect(slugify('AT&T Mobility')).toBe('at-and-t-mobility');
    expect(slugify('Société Générale')).toBe('societe-generale');
  });
});

describe('CompanyResolver', () => {
  const curated = [{ id: 'microsoft', name: 'Microsoft', names: ['Microsoft Corporation'] }];

  it('joins a subsidiary to the parent its source names, and names the group after the parent', () => {
    const resolver = new CompanyResolver(curated);
    resolver.observe('MICROSOFT CORPORATION', 100);
    resolver.observe('Linkedin', 5, 'Microsoft');
    resolver.observe('Alutiiq Diversified Services', 5, 'Afognak Native');
    resolver.observe('Afognak Native Corporation', 1);
    expect(resolver.companyOf('Linkedin')).toBe('microsoft');
    expect(resolver.companyOf('Alutiiq Diversified Services')).toBe('afognak-native');
    expect(resolver.companyOf('AFOGNAK NATIVE CORP')).toBe('afognak-native');
    const microsoft = resolver.companies().find((c) => c.id === 'microsoft');
    expect(microsoft).toMatchObject({
      name: 'Microsoft',
      recipientNames: ['Linkedin', 'MICROSOFT CORPORATION'],
    });
  });

  it('never folds a joint venture into a partner', () => {
    const resolver = new CompanyResolver([]);
    resolver.observe('ONEIDA-STANTEC JV LLC', 1, 'Stantec');
    resolver.observe('STANTEC INC', 1);
    expect(resolver.companyOf('ONEIDA-STANTEC JV LLC')).not.toBe(resolver.companyOf('STANTEC INC'));
  });

  it('gives the same ids whatever the order of observations', () => {
    const names = ['ACME LLC', 'Acme, Inc.', 'ACME FEDERAL SERVICES', 'Acme Two', 'ACME TWO LLC'];
    const ids = (order: string[]) => {
      const r = new CompanyResolver([]);
      order.forEach((n) => r.observe(n, 1));
      return names.map((n) => r.companyOf(n));
    };
    expect(ids(names)).toEqual(ids([...names].reverse()));
    expect(new Set(ids(names)).size).toBe(2);
  });
});
