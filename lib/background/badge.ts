// What the toolbar button shows for a tab: how many companies its page names, or, on a
// company's own site, that it is that company's own site. Pure; the words come from the
// caller, in the user's language.

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

export interface BadgeWords {
  /** "5 companies named on this page". */
  named: (count: number) => string;
  /** "this is Amazon's own site". */
  ownSite: (name: string) => string;
}

const COUNT_COLOR = '#8a5a00';
const OWN_SITE_COLOR = '#6a1b9a';

export function badgeFor(count: number, ownSiteName: string | null, words: BadgeWords): BadgeState {
  if (ownSiteName !== null) {
    return {
      text: 'own',
      title: `Backstory: ${words.ownSite(ownSiteName)} · ${words.named(count)}`,
      color: OWN_SITE_COLOR,
    };
  }
  return {
    text: count > 0 ? String(count) : '',
    title: count > 0 ? `Backstory: ${words.named(count)}` : 'Backstory',
    color: COUNT_COLOR,
  };
}

/** English, for tests and as the shape the locales follow. */
export const ENGLISH_BADGE_WORDS: BadgeWords = {
  named: (count) => (count === 1 ? '1 company named on this page' : `${count} companies named on this page`),
  ownSite: (name) => `this is ${name}'s own site`,
};
