// Hand-curated knowledge the sources do not spell out: which recipient names and activist
// slugs belong to which company, the names people write, and short summaries in our own
// words for the seed story's worker actions. Every entry is checked against the sources by
// the data build and the tests.

export interface CuratedCompany {
  id: string;
  name: string;
  /** recipientKey() of recipient or Torn Apart parent names that belong to this company. */
  recipientKeys: string[];
  /** Company slugs used by the collective-action records. */
  actionSlugs: string[];
  /** Names people write; `ambiguous` ones are ordinary words or names on their own. */
  aliases: { text: string; ambiguous?: boolean }[];
  domains: string[];
}

export const CURATED_COMPANIES: CuratedCompany[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    recipientKeys: ['AMAZON WEB SERVICES', 'AMAZON COM'],
    actionSlugs: ['amazon', 'whole_foods', 'twitch'],
    aliases: [
      { text: 'Amazon', ambiguous: true },
      { text: 'Amazon.com' },
      { text: 'Amazon Web Services' },
      { text: 'AWS' },
      { text: 'Rekognition' },
      { text: 'Whole Foods', ambiguous: true },
    ],
    domains: ['amazon.com', 'aws.amazon.com', 'amazon.jobs'],
  },
  {
    id: 'palantir',
    name: 'Palantir',
    recipientKeys: ['PALANTIR TECHNOLOGIES', 'PALANTIR USG'],
    actionSlugs: ['palantir'],
    aliases: [
      { text: 'Palantir' },
      { text: 'Palantir Technologies' },
      { text: 'Palantir USG' },
    ],
    domains: ['palantir.com'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    recipientKeys: ['MICROSOFT'],
    actionSlugs: ['microsoft', 'github'],
    aliases: [
      { text: 'Microsoft' },
      { text: 'Microsoft Corporation' },
      { text: 'Microsoft Azure' },
      { text: 'GitHub' },
    ],
    domains: ['microsoft.com', 'github.com'],
  },
  {
    id: 'google',
    name: 'Google',
    recipientKeys: ['GOOGLE'],
    actionSlugs: ['google', 'alphabet', 'youtube'],
    aliases: [
      { text: 'Google' },
      { text: 'Google Cloud' },
      { text: 'Alphabet', ambiguous: true },
      { text: 'YouTube' },
    ],
    domains: ['google.com', 'abc.xyz', 'youtube.com'],
  },
  {
    id: 'ibm',
    name: 'IBM',
    recipientKeys: ['INTERNATIONAL BUSINESS MACHINES', 'IBM'],
    actionSlugs: ['ibm'],
    aliases: [{ text: 'IBM' }, { text: 'International Business Machines' }],
    domains: ['ibm.com'],
  },
];

/** Summaries in our own words, keyed by collective-action record id. */
export const ACTION_SUMMARIES: Record<number, string> = {
  85: 'Google employees petitioned, thousands strong, for the company to drop Project Maven, the Pentagon program using machine learning on drone footage; some resigned over it.',
  89: 'Hundreds of Microsoft employees signed an internal open letter asking the company to stop its work for ICE.',
  90: 'Amazon employees wrote to Jeff Bezos asking him to stop selling Rekognition face recognition to police and to stop hosting Palantir, which serves ICE, on AWS.',
  96: "Protesters brought a letter to Palantir's Palo Alto office asking the company and its staff to end its ICE contracts.",
  101: "Microsoft employees published an open letter asking the company not to bid on the Pentagon's JEDI cloud contract.",
  397: 'Microsoft employees handed their CEO a petition with over 300,000 signatures, 500 of them from staff, asking the company to cancel its ICE contract.',
};
