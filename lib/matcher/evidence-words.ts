// The words the judgement of an ambiguous name reads beside it: those that make it a company,
// those that rule the company out, and company talk. Data, kept apart from the rules that use
// them (disambiguate.ts); only the background holds them.

/** Words right after a name that make it a company ("Amazon employees", "Target Corp."). */
export const COMPANY_FOLLOWERS = new Set([
  'Inc',
  'Corp',
  'Corporation',
  'Co',
  'Company',
  'LLC',
  'Ltd',
  'Technologies',
  'Group',
  'Holdings',
  'employees',
  'workers',
  'staff',
  'executives',
  'CEO',
  'shares',
  'stock',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'cloud',
  'warehouse',
  'warehouses',
  'contract',
  'contracts',
  'store',
  'stores',
  'Store',
]);

/**
 * Words joined to a name by a hyphen that make it a company ("Amazon-owned Whole Foods",
 * "Target-backed", "the Apple-designed chip"), whatever comes before it. Any other lowercase
 * word so joined makes the name a modifier ("Meta-analysis", "Target-rich", "Amazon-style"),
 * but for the few that companies share with places, groups and people ("Citizen-led").
 */
export const COMPANY_COMPOUNDS = new Set([
  'owned',
  'backed',
  'funded',
  'financed',
  'built',
  'made',
  'designed',
  'developed',
  'branded',
  'operated',
  'controlled',
  'acquired',
  'hosted',
  'sponsored',
  'powered',
  'affiliated',
]);
export const SHARED_COMPOUNDS = new Set(['led', 'run', 'based']);

/**
 * Words that show a text is about a company ("Oracle won a contract", "Meta fired workers",
 * "Intel announced layoffs"): evidence anywhere in the text, but only for the own name of a
 * well-known brand. Any name would take in people and teams ("Harris signed a contract").
 */
export const COMPANY_TALK = [
  'contract',
  'contracts',
  'contractor',
  'company',
  'employees',
  'workers',
  'staff',
  'CEO',
  'layoffs',
  'shareholders',
  'investors',
  'lawsuit',
  'antitrust',
  'subsidiary',
  'revenue',
  'earnings',
];

/** A trademark sign right after a name ("Intel®", "Adobe™") makes it a brand. */
export const TRADEMARK_SIGNS = new Set(['\u00ae', '\u2122']);

/**
 * Words right before a name that make it a company ("works at Amazon"). Not "by" or "with",
 * and no verb of saying after a name: people are posted by, and say, as often as companies.
 */
export const COMPANY_PRECEDERS = new Set(['at', 'joined', 'rival']);

/**
 * A descriptor right before a name that says it is a company: "defense contractor Harris",
 * "the office-supply vendor Target", "the software maker Oracle", "chipmaker Intel", in the
 * languages Backstory reads ("la empresa", "der Konzern", "l'entreprise").
 */
export const COMPANY_DESCRIPTORS = new Set([
  'contractor',
  'contractors',
  'vendor',
  'vendors',
  'supplier',
  'suppliers',
  'provider',
  'maker',
  'makers',
  'manufacturer',
  'retailer',
  'retailers',
  'chipmaker',
  'automaker',
  'carmaker',
  'giant',
  'firm',
  'startup',
  'conglomerate',
  'subsidiary',
  'competitor',
  'company',
  'empresa',
  'compañía',
  'multinacional',
  'gigante',
  'Konzern',
  'Firma',
  'Unternehmen',
  'Hersteller',
  'Anbieter',
  'entreprise',
  'société',
  'groupe',
  'géant',
  'fournisseur',
]);

/** The stock exchanges whose tickers follow a company's name: "Raytheon (NYSE: RTX)". */
export const TICKER_AFTER =
  /^\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE American|LSE|TSX|ASX|XETRA|Euronext|FWB|OTC)\s*:\s*[A-Z][A-Z0-9.]{0,5}\)/;

/** A sum of money right after a name: "paid Dell $12 million and Target $3 million". */
export const AMOUNT_AFTER = /^\s+(?:US)?[$€£]\s?\d/;

/**
 * Words right before a name that make it a person's: a title ("Sen. Harris", "Coach
 * Harris") or a position in a team ("forward Harris").
 */
export const PERSON_TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sen',
  'Senator',
  'senator',
  'Rep',
  'Representative',
  'Gov',
  'Governor',
  'governor',
  'President',
  'president',
  'Judge',
  'judge',
  'Justice',
  'Coach',
  'coach',
  'Prof',
  'Professor',
  'Secretary',
  'Minister',
  'Mayor',
  'mayor',
  'Sheriff',
  'Officer',
  'Detective',
  'Sergeant',
  'Captain',
  'forward',
  'guard',
  'center',
  'quarterback',
  'pitcher',
  'striker',
  'midfielder',
  'goalkeeper',
  'defender',
  'rookie',
  'teammate',
  'shortstop',
  'linebacker',
  'receiver',
  'Señor',
  'Senador',
  'senador',
  'Herr',
  'Frau',
  'Monsieur',
  'Madame',
  'sénateur',
]);

/** What follows a person's name and never a company's: "Harris, who", "Harris himself". */
export const PERSON_AFTER = /^(?:,\s*(?:who|quien|qui)\b|\s+(?:who|himself|herself)\b)/;

/**
 * Sports talk: a text with it speaks of players' contracts and teams, not companies, so
 * company talk there is no evidence ("Harris signed a two-year contract").
 */
export const SPORTS_TALK = [
  'season',
  'coach',
  'teammates',
  'playoff',
  'playoffs',
  'rebounds',
  'touchdown',
  'touchdowns',
  'quarterback',
  'inning',
  'innings',
  'league',
  'NBA',
  'NFL',
  'MLB',
  'NHL',
  'roster',
  'scored',
  'points',
  'goals',
  'free agent',
  'draft',
];

/** Japanese particles right after a company's own name that read like "at", "from": "Targetで". */
export const JAPANESE_PARTICLES = ['で', 'から'];

/**
 * Words right before a company's own name that make it the company when no capitalised
 * word follows ("buy it on Amazon", "cut loose from Oracle"): the river, the forest and the
 * oracle of Delphi take an article, and a capital after the name starts a longer name
 * ("from Target Rock", "on Amazon Smith"). Only for the company's own name: "from Maven" is
 * Apache's repository.
 */
export const COMPANY_PREPOSITIONS = new Set(['on', 'from', 'to', 'for']);

/** Words right after a name that make it something else ("Amazon River", "apple pie"). */
export const OTHER_FOLLOWERS = new Set([
  'River',
  'river',
  'rainforest',
  'Rainforest',
  'basin',
  'Basin',
  'jungle',
  'forest',
  'Forest',
  'region',
  'warrior',
  'warriors',
  'parrot',
  'parrots',
  'tribe',
  'tribes',
  'pie',
  'tree',
  'trees',
  'practice',
  'Practice',
  'Pie',
  'audience',
  'market',
  'bell',
  'bones',
  'Maven',
  // Motorola Mobility's phones, not Motorola Solutions.
  'Razr',
  'Moto',
  'Edge',
]);

/**
 * Words right before a name that make it something else unless a company word follows it
 * ("the Amazon" is the river, "the Amazon warehouse" is not; "Apache Maven").
 */
export const OTHER_PRECEDERS = new Set(['the', 'The', 'Apache', 'Big']);

/** After an ambiguous name, an article makes it a verb: "Ring the bell", "Target a market". */
export const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'your',
  'our',
  'my',
  'his',
  'her',
  'their',
]);
