import { describe, expect, it } from 'vitest';
import { canonicalLink, vendorCompanies } from './police-sources.ts';
import { POLICE_VENDOR_COMPANIES, VENDOR_SPELLINGS } from './police-vendors.ts';

describe('vendorCompanies', () => {
  it('resolves vendors to existing companies, to parents a source names, and to new ones', () => {
    expect(vendorCompanies('Ring', 'test')).toEqual(['amazon']);
    expect(vendorCompanies('Harris Corp.', 'test')).toEqual(['l3harris']);
    expect(vendorCompanies('Motorola Solutions, BriefCam ', 'test')).toEqual([
      'briefcam',
      'motorola-solutions',
    ]);
    expect(vendorCompanies('Vigilant Solutions, Neology/PIPS', 'test')).toEqual([
      'neology',
      'vigilant-solutions',
    ]);
    expect(vendorCompanies('DJI, Others', 'test')).toEqual(['dji']);
    expect(vendorCompanies('', 'test')).toEqual([]);
  });

  it('fails on a spelling nobody has looked at, naming it', () => {
    expect(() => vendorCompanies('Acme Drones', 'atlas AOS9999')).toThrow(
      'atlas AOS9999: vendor "Acme Drones" is not in scripts/data/police-vendors.ts',
    );
  });

  it('lists every new company a spelling points at', () => {
    const listed = new Set(POLICE_VENDOR_COMPANIES.map((c) => c.id));
    const existing = new Set([
      'amazon',
      'motorola-solutions',
      'ibm',
      'l3harris',
      'lockheed-martin',
      'clearview-ai',
      'trimble',
      'wireless-cctv',
    ]);
    for (const ids of Object.values(VENDOR_SPELLINGS))
      for (const id of ids) expect(listed.has(id) || existing.has(id), id).toBe(true);
  });
});

describe('canonicalLink', () => {
  it('cites one map by one address', () => {
    const maps = new Map([['abc', 'https://www.google.com/maps/d/viewer?mid=abc&usp=sharing']]);
    expect(canonicalLink('https://www.google.com/maps/d/u/0/viewer?mid=abc&ll=1%2C2&z=57', maps)).toBe(
      'https://www.google.com/maps/d/viewer?mid=abc&usp=sharing',
    );
    expect(canonicalLink('https://example.org/', maps)).toBe('https://example.org/');
  });
});
