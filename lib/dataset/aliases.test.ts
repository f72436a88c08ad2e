import { describe, expect, it } from 'vitest';
import { aliasVerdict, generateAliases, type JudgeAmbiguity } from './aliases';

/** A judge that takes a few names for words, as the build's lists would. */
const words = new Set(['Target', 'Amazon']);
const judge: JudgeAmbiguity = (text) =>
  words.has(text)
    ? { ambiguous: true, because: `"${text.toLowerCase()}" is an English word` }
    : { ambiguous: false };

describe('aliasVerdict', () => {
  it('drops names made only of generic words', () => {
    expect(aliasVerdict('Global Services', judge)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('Group', judge)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('Four', judge)).toEqual({ keep: false, reason: 'generic' });
    expect(aliasVerdict('AB', judge)).toEqual({ keep: false, reason: 'too short' });
  });
  it('keeps the others with the judge’s decision', () => {
    expect(aliasVerdict('Target', judge)).toEqual({
      keep: true,
      ambiguity: { ambiguous: true, because: '"target" is an English word' },
    });
    expect(aliasVerdict('Rapiscan Systems', judge)).toEqual({ keep: true, ambiguity: { ambiguous: false } });
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
      new Map([['amazon', [{ text: 'AWS' }, { text: 'Amazon' }]]]),
      judge,
    );
    expect(aliases).toEqual([
      { text: 'AWS', companyId: 'amazon', ambiguous: false },
      { text: 'Acme Widgets', companyId: 'acme-b', ambiguous: false },
      { text: 'Amazon', companyId: 'amazon', ambiguous: true, because: '"amazon" is an English word' },
      { text: 'Rapiscan Systems', companyId: 'rapiscan', ambiguous: false },
    ]);
    expect(dropped).toContainEqual({
      text: 'Acme Widgets',
      companyId: 'acme-a',
      reason: 'taken by a larger company',
    });
  });
});

describe("a unit's owner", () => {
  it('adds the name written with the owner before it, and never needs evidence for it', () => {
    const ordinary: JudgeAmbiguity = () => ({
      ambiguous: true,
      because: 'every word of it is an ordinary word',
    });
    const { aliases } = generateAliases(
      [
        { id: 'eb', name: 'Electric Boat', recipientNames: [], weight: 1, ownerNames: ['General Dynamics'] },
        {
          id: 'gdls',
          name: 'General Dynamics Land Systems',
          recipientNames: [],
          weight: 1,
          ownerNames: ['General Dynamics'],
        },
      ],
      new Map(),
      ordinary,
    );
    expect(aliases).toEqual([
      {
        text: 'Electric Boat',
        companyId: 'eb',
        ambiguous: true,
        because: 'every word of it is an ordinary word',
      },
      { text: 'General Dynamics Electric Boat', companyId: 'eb', ambiguous: false },
      { text: 'General Dynamics Land Systems', companyId: 'gdls', ambiguous: false },
    ]);
  });
});
