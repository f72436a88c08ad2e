import { describe, expect, it } from 'vitest';
import { categoryBit, categoryMask, companyCategories } from './categories';

describe('companyCategories', () => {
  it('gives each company the categories of its own records', () => {
    const masks = companyCategories({
      awards: [{ companyId: 'palantir' }],
      dodContractors: [{ companyId: 'palantir' }, { companyId: 'boeing' }],
      reportedContracts: [{ companyId: 'amazon', category: 'police-surveillance' }],
      actions: [{ companyIds: ['amazon', 'google'] }, { companyIds: [] }],
    });
    expect(masks.get('palantir')).toBe(categoryMask(['immigration', 'military']));
    expect(masks.get('boeing')).toBe(categoryBit('military'));
    expect(masks.get('amazon')).toBe(categoryMask(['police-surveillance', 'labour']));
    expect(masks.get('google')).toBe(categoryBit('labour'));
    expect(masks.has('nobody')).toBe(false);
  });

  it('uses a distinct bit per category', () => {
    expect(categoryMask(['immigration', 'military', 'police-surveillance', 'labour'])).toBe(0b1111);
  });
});
