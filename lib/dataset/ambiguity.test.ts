import { describe, expect, it } from 'vitest';
import { judgeAmbiguity, type Lexicon } from './ambiguity';

const lexicon: Lexicon = {
  englishWord: (w) => ['target', 'general', 'dynamics', 'whole', 'foods'].includes(w),
  foreignWord: (w) => (w === 'meta' ? 'Spanish' : undefined),
  surnameRank: (n) => ({ Harris: 15, Baker: 40 })[n],
  firstNameRank: (n) => ({ Michael: 4 })[n],
  place: (n) => n === 'Springfield',
};
const isGeneric = (w: string) => w === 'systems';
const judge = (text: string) => judgeAmbiguity(text, lexicon, isGeneric);

describe('judgeAmbiguity', () => {
  it('takes a one-word name that no list holds for the company', () => {
    expect(judge('Raytheon')).toEqual({ ambiguous: false });
    expect(judge('CACI')).toEqual({ ambiguous: false });
  });
  it('says why a word, a name, a place or a short abbreviation needs evidence', () => {
    expect(judge('Target')).toEqual({ ambiguous: true, because: '"target" is an English word' });
    expect(judge('Meta')).toEqual({ ambiguous: true, because: '"meta" is a common Spanish word' });
    expect(judge('Harris')).toEqual({
      ambiguous: true,
      because: '"Harris" is a common surname (#15 in the US census)',
    });
    expect(judge('HARRIS').ambiguous).toBe(true);
    expect(judge('Springfield')).toEqual({
      ambiguous: true,
      because: '"Springfield" is the name of a town or city',
    });
    expect(judge('ADC').because).toMatch(/abbreviation/);
  });
  it('judges a name of several words by all of them, and takes a first name and surname for a person', () => {
    expect(judge('General Dynamics').ambiguous).toBe(true);
    expect(judge('Whole Foods').ambiguous).toBe(true);
    expect(judge('Rapiscan Systems')).toEqual({ ambiguous: false });
    expect(judge('Target Corporation')).toEqual({ ambiguous: false });
    expect(judge('Target Systems').ambiguous).toBe(true);
    expect(judge('Michael Baker')).toEqual({
      ambiguous: true,
      because: '"Michael Baker" reads as a person\'s name',
    });
    expect(judge('Harris Rapiscan')).toEqual({ ambiguous: false });
  });
  it('lets a curated exception decide, with its reason', () => {
    expect(
      judgeAmbiguity('Target', lexicon, isGeneric, { Target: { ambiguous: false, because: 'test' } }),
    ).toEqual({
      ambiguous: false,
      because: 'test',
    });
  });
});
