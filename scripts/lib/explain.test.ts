import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../lib/matcher/dictionary';
import { readDictionaryFile } from '../scan';
import { explainTexts } from './explain';

const dictionary = loadDictionary(readDictionaryFile());

describe('explainTexts', () => {
  it('names the rule behind each mark and each declined name', () => {
    const lines = explainTexts(dictionary, [
      'Raytheon (NYSE: RTX) won an Army radar order.',
      'Patriot batteries were moved north.',
      'The defense contractor Harris delivered radios.',
      'A rough night for the Amazon River.',
    ]);
    expect(lines).toEqual([
      { name: 'Raytheon', companyId: 'raytheon', marked: true, rule: 'a name of its own' },
      {
        name: 'RTX',
        companyId: 'rtx',
        marked: true,
        rule: 'its owner, or a unit of it, named in the same text',
      },
      {
        name: 'Patriot',
        companyId: 'patriot',
        marked: false,
        rule: 'no evidence in its text: counts if the page names the company with evidence',
        page: 'the page names the company nowhere with evidence',
      },
      { name: 'Harris', companyId: 'harris', marked: true, rule: 'a descriptor before the name' },
      {
        name: 'Amazon',
        companyId: 'amazon',
        marked: false,
        rule: 'a word after it that makes it something else',
      },
    ]);
  });

  it('lets a person on the page outweigh weak evidence for the same name', () => {
    const lines = explainTexts(dictionary, [
      'Sen. Harris spoke on Tuesday.',
      'The best lines came late in the speech, a good night for Harris.',
    ]);
    expect(lines.map((l) => [l.marked, l.rule, l.page])).toEqual([
      [false, "a person's title before the name", undefined],
      [false, 'a preposition before the name', 'the page shows this name to be a person'],
    ]);
  });
});
