// What the toolbar button shows for a tab: how many companies its page names, or, on a
// company's own site, that it is that company's own site. Pure.

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

const COUNT_COLOR = '#8a5a00';
const OWN_SITE_COLOR = '#6a1b9a';

export function badgeFor(count: number, ownSiteName: string | null): BadgeState {
  const named = count === 1 ? '1 company named on this page' : `${count} companies named on this page`;
  if (ownSiteName !== null) {
    return {
      text: 'own',
      title: `Backstory: this is ${ownSiteName}'s own site · ${named}`,
      color: OWN_SITE_COLOR,
    };
  }
  return {
    text: count > 0 ? String(count) : '',
    title: count > 0 ? `Backstory: ${named}` : 'Backstory',
    color: COUNT_COLOR,
  };
}
