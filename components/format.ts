// Money and dates as people read them. Pure.

// Made on first use: building an Intl formatter costs milliseconds, and the content script
// imports this module on every page whether or not a card is ever shown.
let compact: Intl.NumberFormat | undefined;
let exact: Intl.NumberFormat | undefined;
let whole: Intl.NumberFormat | undefined;
let day: Intl.DateTimeFormat | undefined;

/** "$150.7M"; exact below ten thousand so that small sums do not round to "$0K". */
export function formatUSD(amount: number): string {
  if (Math.abs(amount) < 10_000) {
    exact ??= new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    return exact.format(amount);
  }
  compact ??= new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return compact.format(amount);
}

/** "1,497": a whole number with its thousands grouped, the same in every browser. */
export function formatNumber(count: number): string {
  // One formatter for every call: `toLocaleString` with a locale builds a new one each time.
  whole ??= new Intl.NumberFormat('en-US');
  return whole.format(count);
}

export function formatCount(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "2018-06-21" to "21 Jun 2018", read as a calendar date whatever the time zone. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter: `toLocaleDateString` with options builds one per date, which took 40 ms
  // of Amazon's popup view in Chromium.
  day ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return day.format(date);
}

/** A source link's host, to say where it leads: "www.usaspending.gov". */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
