// The user's choices: what Backstory marks, where, and how. Stored in the browser's
// extension storage so a content script can read them before it touches a page, without
// waking the background. Pure: parsing never throws, anything unknown falls back to a default.
import { CATEGORIES, categoryBit, type Category } from '../dataset/categories';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 3000;
/**
 * The public tracker of the dataset's main source, Collective Actions in Tech, which takes new
 * incidents as issues; anyone keeping their own copy of the data sets theirs in the options.
 */
export const DEFAULT_TRACKER_URL = 'https://github.com/collective-action/tech/issues/new';

export interface Settings {
  enabled: boolean;
  /** Host names (without "www.") where Backstory stays off. */
  disabledSites: string[];
  categories: Record<Category, boolean>;
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Where "Submit publicly" opens a prefilled issue. */
  trackerUrl: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  categories: { immigration: true, military: true, 'police-surveillance': true, labour: true },
  hoverDelayMs: 500,
  highlightStyle: 'underline',
  trackerUrl: DEFAULT_TRACKER_URL,
};

export const SETTINGS_KEY = 'settings';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads stored settings, keeping every valid field and defaulting the rest. */
export function parseSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const categories = { ...DEFAULT_SETTINGS.categories };
  if (isRecord(input.categories)) {
    for (const category of CATEGORIES) {
      const value = input.categories[category];
      if (typeof value === 'boolean') categories[category] = value;
    }
  }
  const delay = input.hoverDelayMs;
  return {
    enabled: typeof input.enabled === 'boolean' ? input.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(input.disabledSites)
      ? [...new Set(input.disabledSites.filter((s): s is string => typeof s === 'string').map(siteOf))]
          .filter(Boolean)
          .sort()
      : [],
    categories,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle: (HIGHLIGHT_STYLES as readonly unknown[]).includes(input.highlightStyle)
      ? (input.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
    trackerUrl:
      typeof input.trackerUrl === 'string' &&
      // The usual case needs no URL parsing (every page parses its settings as it loads).
      (input.trackerUrl === DEFAULT_TRACKER_URL || trackerUrlError(input.trackerUrl) === undefined)
        ? input.trackerUrl
        : DEFAULT_SETTINGS.trackerUrl,
  };
}

/** "www.Example.com." → "example.com"; a site is its host name, minus the usual "www.". */
export function siteOf(host: string): string {
  // String methods, not regular expressions: every page calls this as it loads, and a
  // regular expression is compiled on its first use in each page.
  let site = host.trim().toLowerCase();
  if (site.endsWith('.')) site = site.slice(0, -1);
  return site.startsWith('www.') ? site.slice(4) : site;
}

/** Whether Backstory should mark pages of `host`. */
export function activeOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const site = siteOf(host);
  return !settings.disabledSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** Turns Backstory off on `host`'s site, or back on (removing any rule that covers it). */
export function toggleSite(settings: Settings, host: string): Settings {
  const site = siteOf(host);
  if (!site) return settings;
  const covering = settings.disabledSites.filter((s) => site === s || site.endsWith(`.${s}`));
  const disabledSites =
    covering.length > 0
      ? settings.disabledSites.filter((s) => !covering.includes(s))
      : [...settings.disabledSites, site].sort();
  return { ...settings, disabledSites };
}

/** The categories switched on, as the bit mask the dictionary uses. */
export function enabledCategoryMask(settings: Settings): number {
  let mask = 0;
  for (const category of CATEGORIES) if (settings.categories[category]) mask |= categoryBit(category);
  return mask;
}

/** Undefined for a usable tracker link, else the key of the message that says why not. */
export function trackerUrlError(raw: string): 'errorTrackerNotUrl' | 'errorTrackerNotHttps' | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'errorTrackerNotUrl';
  }
  return url.protocol === 'https:' ? undefined : 'errorTrackerNotHttps';
}
