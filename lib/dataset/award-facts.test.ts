import { describe, expect, it } from 'vitest';
import { awardKey, awardPeriod, awardSources, fiscalYear } from './award-facts';
import type { Award } from './schema';

const usa: Award = {
  companyId: 'palantir',
  recipientName: 'PALANTIR TECHNOLOGIES INC.',
  agency: 'ICE',
  awardId: '70CTD022FR0000170',
  generatedAwardId: 'CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730',
  obligatedUSD: 150_703_824.61,
  firstActionDate: '2022-09-20',
  lastActionDate: '2025-10-01',
  productOrService: 'IT',
  naics: 'SOFTWARE PUBLISHERS',
  description: 'ICM',
  dataset: 'usaspending',
};
const torn: Award = {
  ...usa,
  generatedAwardId: null,
  firstActionDate: null,
  lastActionDate: null,
  dataset: 'torn-apart',
  awardId: 'HSCETC14C00002',
};

describe('award facts', () => {
  it('links the USAspending page and, for Torn Apart rows, Torn Apart', () => {
    expect(awardSources(usa)).toEqual([
      'https://www.usaspending.gov/award/CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730',
    ]);
    expect(awardSources(torn)).toEqual(['http://xpmethod.plaintext.in/torn-apart/']);
    expect(awardSources({ ...torn, generatedAwardId: 'CONT_AWD_X' })).toHaveLength(2);
  });
  it('gives each award a unique key and its fiscal period', () => {
    expect(awardKey(usa)).toBe(usa.generatedAwardId);
    expect(awardKey(torn)).toBe('torn:HSCETC14C00002');
    expect(awardPeriod(usa)).toBe('FY2022–FY2026');
    expect(awardPeriod({ ...usa, lastActionDate: '2022-09-30' })).toBe('FY2022');
    expect(awardPeriod(torn)).toBe('FY2014–FY2018');
  });
  it('knows the federal fiscal year starts in October', () => {
    expect(fiscalYear('2020-09-30')).toBe(2020);
    expect(fiscalYear('2020-10-01')).toBe(2021);
  });
});
