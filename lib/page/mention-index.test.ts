// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../scanner/scan';
import { sameMentions } from './mention-index';

describe('sameMentions', () => {
  const node = document.createTextNode('Palantir and Amazon');
  const other = document.createTextNode('Palantir and Amazon');
  const palantir: Mention = {
    node,
    start: 0,
    end: 8,
    companyId: 'palantir',
    categories: 1,
    text: 'Palantir',
  };
  const amazon: Mention = { node, start: 13, end: 19, companyId: 'amazon', categories: 1, text: 'Amazon' };

  it('holds for the same ranges and companies, however the lists were made', () => {
    expect(sameMentions([palantir, amazon], [{ ...palantir }, { ...amazon }])).toBe(true);
    expect(sameMentions([], [])).toBe(true);
  });

  it('fails for another node, range, company, order or length', () => {
    expect(sameMentions([palantir], [{ ...palantir, node: other }])).toBe(false);
    expect(sameMentions([palantir], [{ ...palantir, end: 7 }])).toBe(false);
    expect(sameMentions([palantir], [{ ...palantir, companyId: 'amazon' }])).toBe(false);
    expect(sameMentions([palantir, amazon], [amazon, palantir])).toBe(false);
    expect(sameMentions([palantir], [palantir, amazon])).toBe(false);
  });
});
