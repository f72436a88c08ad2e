import { describe, expect, it } from 'vitest';
import {
  agencyId,
  amountInSummary,
  parseSourceDate,
  readPortalAgencyName,
  retentionDays,
  splitVendorField,
  vendorKey,
} from './police';

describe('parseSourceDate', () => {
  // One case for every shape of "Link 1 Date" in the Atlas of Surveillance (2020-10-07).
  it.each([
    ['10/06/2018', '2018-10-06'],
    ['4/27/2020', '2020-04-27'],
    ['4/7/2020', '2020-04-07'],
    ['04/7/2020', '2020-04-07'],
    ['4/27/2020 ', '2020-04-27'],
    ['10/06/18', '2018-10-06'],
    ['10/6/18', '2018-10-06'],
    ['1/16/19', '2019-01-16'],
    ['12/31,2019', '2019-12-31'],
    ['03/2019', '2019-03'],
    ['2018', '2018'],
    ['2018/2019', '2018'],
    ['2017-2018', '2017'],
  ])('reads %j as %j', (raw, iso) => {
    expect(parseSourceDate(raw)).toEqual({ date: iso, raw: null });
  });

  it('keeps the raw string where no date can be read', () => {
    expect(parseSourceDate('13/45/2019')).toEqual({ date: null, raw: '13/45/2019' });
    expect(parseSourceDate('2/30/2019')).toEqual({ date: null, raw: '2/30/2019' });
    expect(parseSourceDate('Spring 2019')).toEqual({ date: null, raw: 'Spring 2019' });
    expect(parseSourceDate('1850')).toEqual({ date: null, raw: '1850' });
  });

  it('gives nothing for an empty field', () => {
    expect(parseSourceDate('  ')).toEqual({ date: null, raw: null });
  });
});

describe('amountInSummary', () => {
  it('reads the dollar figure a summary states', () => {
    expect(amountInSummary('The Rockford Police Department spent $310,000 on ShotSpotter in 2018.')).toBe(
      310000,
    );
    expect(amountInSummary('approved a $1.2 million contract')).toBe(1200000);
    expect(amountInSummary('a grant of $45K for drones')).toBe(45000);
    expect(amountInSummary('paid $ 2500 for cameras')).toBe(2500);
  });

  it('states nothing where the summary has no figure, or several different ones', () => {
    expect(amountInSummary('uses ShotSpotter gunshot detection.')).toBeNull();
    expect(amountInSummary('spent $20,000 in 2018 and $35,000 in 2019')).toBeNull();
    expect(amountInSummary('$5,000 up front, then $5,000 a year')).toBe(5000);
  });
});

describe('vendor fields', () => {
  it('splits a field naming several vendors at its commas only', () => {
    expect(splitVendorField('Vigilant Solutions, Neology/PIPS')).toEqual([
      'Vigilant Solutions',
      'Neology/PIPS',
    ]);
    expect(splitVendorField(' Predpol ')).toEqual(['Predpol']);
    expect(splitVendorField('')).toEqual([]);
  });

  it('looks spellings up whatever their case, spacing and final stop', () => {
    expect(vendorKey('Harris Corp.')).toBe('harris corp');
    expect(vendorKey('WolfCom')).toBe(vendorKey('Wolfcom'));
    expect(vendorKey('Motorola  Solutions ')).toBe('motorola solutions');
  });
});

describe('readPortalAgencyName', () => {
  it('reads the state and the kind from the usual portal names', () => {
    expect(readPortalAgencyName('Avon IN PD')).toEqual({
      name: 'Avon Police Department',
      state: 'IN',
      place: 'Avon',
      kind: 'Police',
    });
    expect(readPortalAgencyName('Hendricks County IN SO')).toEqual({
      name: "Hendricks County Sheriff's Office",
      state: 'IN',
      place: 'Hendricks County',
      kind: 'Sheriff',
    });
  });

  it('keeps other shapes as written, with a state where one can be read', () => {
    expect(readPortalAgencyName('Tooele City PD UT').state).toBe('UT');
    expect(readPortalAgencyName('Mahoning Valley Law Enforcement TF (OH)').state).toBe('OH');
    expect(readPortalAgencyName('Yuba County Sheriffs Office')).toMatchObject({
      state: null,
      kind: 'Sheriff',
    });
  });
});

describe('agencyId', () => {
  it('is the same for the same agency spelt by two sources', () => {
    expect(agencyId('IN', 'Avon Police Department')).toBe(agencyId('IN', 'AVON POLICE DEPARTMENT'));
    expect(agencyId('IN', "Hendricks County Sheriff's Office")).toBe('in-hendricks-county-sheriffs-office');
    expect(agencyId('IN', 'Avon Police Department')).not.toBe(agencyId('OH', 'Avon Police Department'));
  });
});

describe('retentionDays', () => {
  it('reads "N days" and nothing else', () => {
    expect(retentionDays('30 days')).toBe(30);
    expect(retentionDays('NA')).toBeNull();
    expect(retentionDays('-Infinity days')).toBeNull();
  });
});
