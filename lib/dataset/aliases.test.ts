import { describe, expect, it } from 'vitest';
import { aliasVerdict, generateAliases } from './aliases';

const english = new Set(['target', 'summit', 'general', 'dynamics', 'apple', 'shell', 'ring']);
const isEnglish = (w: string) => english.has(w);

describe('aliasVerdict', () => {
  it('drops names made only of generic words', () => {
    expect(aliasVerdict('Global Services', isEnglish)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('Group', isEnglish)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('Four', isEnglish)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('AB', isEnglish)).toEqual({ keep: false, reason: 'too short' });
  });
  it('marks ordinary words and short acronyms ambiguous', () => {
    expect(aliasVerdict('Target', isEnglish)).toEqual({ keep: true, ambiguous: true });
    expect(aliasVerdict('Summit', isEnglish)).toEqual({ keep: true, ambiguous: true });
    expect(aliasVerdict('ADC', isEnglish)).toEqual({ keep: true, ambiguous: true });
    expect(aliasVerdict('General Dynamics', isEnglish)).toEqual({ keep: true, ambiguous: true });
  });
  it('keeps distinctive names of several words unambiguous', () => {
    expect(aliasVerdict('Rapiscan Systems', isEnglish)).toEqual({ keep: true, ambiguous: false });
  });
  it('makes every generated one-word name need evidence', () => {
    expect(aliasVerdict('Leidos', isEnglish)).toEqual({ keep: true, ambiguous: true });
    expect(aliasVerdict('Stuart', isEnglish)).toEqual({ keep: true, ambiguous: true });
  });
});

describe('generateAliases', () => {
  it('generates from spellings, prefers curated names, and gives a shared name to the larger company', () => {
    const { aliases, dropped } = generateAliases(
      [
        { id: 'rapiscan', name: 'Rapiscan Systems', recipientNames: ['RAPISCAN SYSTEMS INC'], weight: 10 },
        { id: 'acme-a', name: 'Acme Widgets', recipientNames: ['ACME WIDGETS LLC'], weight: 1 },
        { id: 'acme-b', name: 'Acme Widgets', recipientNames: [], weight: 5 },
        { id: 'amazon', name: 'Amazon', recipientNames: ['AMAZON WEB SERVICES, INC.'], weight: 1 },
      ],
      new Map([['amazon', [{ text: 'AWS' }, { text: 'Amazon', ambiguous: true }]]]),
      isEnglish,
    );
    expect(aliases).toEqual([
      { text: 'AWS', companyId: 'amazon', ambiguous: false },
      { text: 'Acme Widgets', companyId: 'acme-b', ambiguous: false },
      { text: 'Amazon', companyId: 'amazon', ambiguous: true },
      { text: 'Rapiscan Systems', companyId: 'rapiscan', ambiguous: false },
    ]);
    expect(dropped).toContainEqual({
      text: 'Acme Widgets',
      companyId: 'acme-a',
      reason: 'taken by a larger company',
    });
  });
});
