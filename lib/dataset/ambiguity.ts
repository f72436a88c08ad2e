// Which names need evidence on the page before they are marked, decided from word and name
// lists rather than from the shape of the name. A name is ambiguous when a reader could take
// it, as written, for something other than the company: a common word of English or of the
// other languages Backstory reads (Spanish, French, German), a common first name or surname,
// a town or city, or a short abbreviation. "Raytheon" is none of these and is marked on
// sight; "Harris" (a surname) and "Target" (a word) wait for evidence. Pure: the lists come
// in as a `Lexicon` (scripts/data/lexicon.ts builds it from npm packages at build time).

export interface Lexicon {
  /** Lowercase word → whether it is an English word (of a dictionary of ordinary size). */
  englishWord(lowercase: string): boolean;
  /** Lowercase word → the language in which it is a common word ("Spanish"), if any. */
  foreignWord(lowercase: string): string | undefined;
  /** Capitalised name → its rank among US surnames (1 = most common), if among the common ones. */
  surnameRank(name: string): number | undefined;
  /** Capitalised name → its rank among US first names, if among the common ones. */
  firstNameRank(name: string): number | undefined;
  /** A town or city of that name (as written), if one is large enough to be in the news. */
  place(name: string): boolean;
}

/** A decision the lists cannot make, stated with its reason (scripts/data/curated.ts). */
export interface AmbiguityOverride {
  ambiguous: boolean;
  because: string;
}

export type Ambiguity = { ambiguous: false; because?: string } | { ambiguous: true; because: string };

/** Generic business words: a name made only of these and ordinary words needs evidence. */
export type IsGeneric = (lowercase: string) => boolean;

const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, '');
/** "HARRIS" → "Harris": the form the name lists use. */
const nameCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * Two or three capitals (and digits, "&") on their own stand for many things: there are only
 * 17,576 three-letter strings, and news uses them for agencies, units and terms ("ADC",
 * "ATP", "PDF"). Longer abbreviations ("CACI", "RELX") are judged like words.
 */
const SHORT_ABBREVIATION = /^[A-Z0-9&]{2,3}$/;

/** Legal forms: a name that ends in one is a company's. */
const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'corporation',
  'company',
  'co',
  'llc',
  'ltd',
  'plc',
  'lp',
  'llp',
  'se',
  'ag',
  'gmbh',
  'sa',
]);

function wordReason(word: string, lexicon: Lexicon): string | undefined {
  const lower = bare(word);
  if (lower === '') return undefined;
  if (lexicon.englishWord(lower)) return `"${lower}" is an English word`;
  const language = lexicon.foreignWord(lower);
  if (language) return `"${lower}" is a common ${language} word`;
  return undefined;
}

function nameReason(word: string, lexicon: Lexicon): string | undefined {
  const name = nameCase(word.replace(/[^\p{L}'-]/gu, ''));
  const surname = lexicon.surnameRank(name);
  if (surname !== undefined) return `"${name}" is a common surname (#${surname} in the US census)`;
  const first = lexicon.firstNameRank(name);
  if (first !== undefined) return `"${name}" is a common first name (#${first} in the US census)`;
  return undefined;
}

/**
 * Whether `text`, an alias of a company, needs evidence, and why. `override` is the curated
 * decision where the lists are wrong about a name ("Google": the verb comes from the company).
 */
export function judgeAmbiguity(
  text: string,
  lexicon: Lexicon,
  isGeneric: IsGeneric,
  overrides: Readonly<Record<string, AmbiguityOverride>> = {},
): Ambiguity {
  const override = overrides[text];
  if (override) return override.ambiguous ? { ambiguous: true, because: override.because } : override;
  const words = text.split(/\s+/).filter(Boolean);
  if (lexicon.place(text)) return { ambiguous: true, because: `"${text}" is the name of a town or city` };
  if (words.length === 1) {
    const word = words[0]!;
    if (SHORT_ABBREVIATION.test(word))
      return { ambiguous: true, because: `"${word}" is a short abbreviation, which stands for many things` };
    const reason = wordReason(word, lexicon) ?? nameReason(word, lexicon);
    return reason ? { ambiguous: true, because: reason } : { ambiguous: false };
  }
  // Several words: a name that ends in a legal form names a company ("Oracle Corporation");
  // else it is ambiguous when each word is an ordinary or a generic business one ("General
  // Dynamics", "Whole Foods", "Border Solutions"; a word known as a company's own, "Google",
  // is not), or when the words read as a person's name ("Michael Baker").
  const last = bare(words.at(-1)!);
  // English words only: Spanish words fill American place names ("Santa Clara", "Florida").
  const ordinary = (w: string) =>
    overrides[w]?.ambiguous !== false && (isGeneric(bare(w)) || lexicon.englishWord(bare(w)));
  if (!LEGAL_FORMS.has(last) && words.every(ordinary))
    return { ambiguous: true, because: 'every word of it is an ordinary word' };
  if (
    words.length === 2 &&
    lexicon.firstNameRank(nameCase(words[0]!)) !== undefined &&
    nameReason(words[1]!, lexicon) !== undefined
  )
    return { ambiguous: true, because: `"${text}" reads as a person's name` };
  return { ambiguous: false };
}
