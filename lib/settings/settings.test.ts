import { describe, expect, it } from 'vitest';
import { categoryBit } from '../dataset/categories';
import {
  activeOn,
  DEFAULT_SETTINGS,
  enabledCategoryMask,
  parseSettings,
  siteOf,
  toggleSite,
  trackerUrlError,
} from './settings';

describe('parseSettings', () => {
  it('defaults everything for nothing or junk', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and drops the wrong ones one by one', () => {
    const parsed = parseSettings({
      enabled: false,
      disabledSites: ['WWW.Example.com', 42, 'example.com', ''],
      categories: { military: false, labour: 'no', bogus: true },
      hoverDelayMs: 99999,
      highlightStyle: 'blink',
      trackerUrl: 'javascript:alert(1)',
    });
    expect(parsed.enabled).toBe(false);
    expect(parsed.disabledSites).toEqual(['example.com']);
    expect(parsed.categories).toEqual({ ...DEFAULT_SETTINGS.categories, military: false });
    expect(parsed.hoverDelayMs).toBe(3000);
    expect(parsed.highlightStyle).toBe('underline');
    expect(parsed.trackerUrl).toBe(DEFAULT_SETTINGS.trackerUrl);
  });

  it('clamps a too short delay and rounds it', () => {
    expect(parseSettings({ hoverDelayMs: 12 }).hoverDelayMs).toBe(100);
    expect(parseSettings({ hoverDelayMs: 750.4 }).hoverDelayMs).toBe(750);
  });
});

describe('sites', () => {
  it('reads a host as its site', () => {
    expect(siteOf('WWW.Amazon.com.')).toBe('amazon.com');
  });

  it('turns a site off and on again, subdomains included', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'www.nytimes.com');
    expect(off.disabledSites).toEqual(['nytimes.com']);
    expect(activeOn(off, 'nytimes.com')).toBe(false);
    expect(activeOn(off, 'cooking.nytimes.com')).toBe(false);
    expect(activeOn(off, 'notnytimes.com')).toBe(true);
    const on = toggleSite(off, 'cooking.nytimes.com');
    expect(on.disabledSites).toEqual([]);
    expect(activeOn(on, 'cooking.nytimes.com')).toBe(true);
  });

  it('is off everywhere when switched off', () => {
    expect(activeOn({ ...DEFAULT_SETTINGS, enabled: false }, 'example.org')).toBe(false);
  });
});

it('turns the chosen categories into a bit mask', () => {
  const settings = parseSettings({ categories: { immigration: false, 'police-surveillance': false } });
  expect(enabledCategoryMask(settings)).toBe(categoryBit('military') | categoryBit('labour'));
});

it('accepts only an https tracker', () => {
  expect(trackerUrlError('https://github.com/o/r/issues/new')).toBeUndefined();
  expect(trackerUrlError('http://github.com/o/r/issues/new')).toBe('errorTrackerNotHttps');
  expect(trackerUrlError('nope')).toBe('errorTrackerNotUrl');
});
