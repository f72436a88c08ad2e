import { describe, expect, it } from 'vitest';
import { highlightStylesheet } from './highlight-stylesheet';

describe('highlightStylesheet', () => {
  it('styles each highlight style once, from the root in Chrome and on every element in Firefox', () => {
    const chrome = highlightStylesheet('chrome');
    const firefox = highlightStylesheet('firefox');
    const selectors = (css: string) => [...css.matchAll(/^(\S*)\s*\{/gm)].map((m) => m[1]);
    expect(selectors(chrome)).toEqual([
      ':root::highlight(backstory-underline)',
      ':root::highlight(backstory-background)',
    ]);
    expect(selectors(firefox)).toEqual([
      '::highlight(backstory-underline)',
      '::highlight(backstory-background)',
    ]);
    // Same looks in both browsers: only the selectors differ.
    expect(firefox).toBe(chrome.replaceAll(':root::', '::'));
    expect(chrome).toContain('text-decoration: underline dotted');
  });
});
