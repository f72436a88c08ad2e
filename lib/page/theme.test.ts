import { describe, expect, it } from 'vitest';
import { cardTheme, luminance } from './theme';

describe('luminance', () => {
  it('reads rgb and rgba, and skips transparent colours', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(luminance('rgb(0 0 0 / 10%)')).toBeUndefined();
    expect(luminance('transparent')).toBeUndefined();
  });
});

describe('cardTheme', () => {
  it("follows the page's own background first", () => {
    expect(
      cardTheme({ backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'], colorScheme: 'normal' }, false),
    ).toBe('dark');
    expect(cardTheme({ backgrounds: ['rgb(250, 250, 250)'], colorScheme: 'dark' }, true)).toBe('light');
  });
  it("then the page's color-scheme, then the system", () => {
    expect(cardTheme({ backgrounds: [], colorScheme: 'dark' }, false)).toBe('dark');
    expect(cardTheme({ backgrounds: [], colorScheme: 'light dark' }, true)).toBe('dark');
    expect(cardTheme({ backgrounds: [], colorScheme: 'normal' }, false)).toBe('light');
  });
});
