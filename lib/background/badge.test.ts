import { expect, it } from 'vitest';
import { badgeFor, ENGLISH_BADGE_WORDS } from './badge';

it('counts the companies, singular and plural, and is blank for none', () => {
  expect(badgeFor(1, null, ENGLISH_BADGE_WORDS)).toMatchObject({
    text: '1',
    title: 'Backstory: 1 company named on this page',
  });
  expect(badgeFor(12, null, ENGLISH_BADGE_WORDS).text).toBe('12');
  expect(badgeFor(0, null, ENGLISH_BADGE_WORDS)).toMatchObject({ text: '', title: 'Backstory' });
});

it("says 'own' on a company's own site, with the company in the title", () => {
  const own = badgeFor(3, 'Amazon', ENGLISH_BADGE_WORDS);
  expect(own.text).toBe('own');
  expect(own.title).toBe("Backstory: this is Amazon's own site · 3 companies named on this page");
  expect(own.color).not.toBe(badgeFor(3, null, ENGLISH_BADGE_WORDS).color);
});
