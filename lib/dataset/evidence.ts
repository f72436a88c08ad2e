// Whether the verbatim excerpts a hand-collected record carries state the facts Backstory will
// show of it: an amount in any of the usual spellings, a worker count, a year, a company's
// name. A fact its evidence does not state is not shown. Pure.

const normalise = (text: string): string =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

/** "1200000000" → "1,200,000,000" */
const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

function trimmed(value: number): string[] {
  // 1.2 → "1.2"; 9 → "9", "9.0"; 1.25 → "1.25"
  const exact = String(Math.round(value * 1000) / 1000);
  const forms = new Set([exact, value.toFixed(1), value.toFixed(2)]);
  return [...forms].filter((f) => Number(f) === Math.round(value * 1000) / 1000);
}

/** The spellings of a dollar amount a page may use: "$9 billion", "$9B", "$9bn", "9,000,000,000", "$9,000 million". */
export function amountSpellings(amount: number): string[] {
  const forms = new Set<string>([grouped(amount), String(Math.round(amount))]);
  const scales: [number, string[]][] = [
    [1e9, [' billion', 'b', 'bn', ' bn', ' billion dollars']],
    [1e6, [' million', 'm', 'mn', ' mn', ' million dollars']],
    [1e3, [' thousand', 'k']],
  ];
  for (const [scale, words] of scales) {
    const value = amount / scale;
    if (value < 1 || Math.abs(value * 1000 - Math.round(value * 1000)) > 1e-6) continue;
    for (const number of trimmed(value)) {
      const withGroups = Number(number) >= 1000 ? grouped(Number(number)) : number;
      for (const word of words) forms.add(`${withGroups}${word}`);
    }
  }
  return [...forms];
}

/** Whether any excerpt states `amount`, as a figure standing on its own. */
export function statesAmount(excerpts: readonly string[], amount: number): boolean {
  const text = normalise(excerpts.join(' \n '));
  return amountSpellings(amount).some((form) => {
    const escaped = form.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not the tail of a longer number ("$19 billion" does not state $9 billion), nor its head.
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
  });
}

const NUMBER_WORDS: Record<number, string> = {
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
  11: 'eleven',
  12: 'twelve',
  20: 'twenty',
  50: 'fifty',
  100: 'hundred',
};

/** Whether any excerpt states a count of `workers` ("1,500", "1500", "nine"). */
export function statesCount(excerpts: readonly string[], count: number): boolean {
  const text = normalise(excerpts.join(' \n '));
  const forms = [grouped(count), String(count), NUMBER_WORDS[count]].filter((f): f is string => !!f);
  return forms.some((form) => new RegExp(`(?<![\\d.,])${form}(?![\\d]|[.,]\\d)`, 'i').test(text));
}

/** Whether any excerpt, or a source address (dated paths: /2024/04/), states the year. */
export function statesYear(excerpts: readonly string[], urls: readonly string[], year: string): boolean {
  return [...excerpts, ...urls].some((text) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text));
}

/** Whether any excerpt names one of `names` (case and apostrophes aside). */
export function statesName(excerpts: readonly string[], names: readonly string[]): boolean {
  const text = normalise(excerpts.join(' \n '));
  return names.some((name) => name.length > 1 && text.includes(normalise(name)));
}
