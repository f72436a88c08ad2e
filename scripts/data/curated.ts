// Hand-curated knowledge the sources do not spell out: which spellings and activist slugs
// belong to well-known companies, the short names people write, and which of those are
// ordinary words. The build warns about any company here that matches no recipient and no
// worker action in ../shared/sources.
import type { AmbiguityOverride } from '../../lib/dataset/ambiguity.ts';

export interface CuratedAlias {
  text: string;
}

/**
 * The names whose ambiguity the word and name lists get wrong (lib/dataset/ambiguity.ts),
 * each with the reason. Every other name, curated or generated, is judged by the lists.
 */
export const AMBIGUITY_OVERRIDES: Readonly<Record<string, AmbiguityOverride>> = {
  // Words that came from the company: in capitals they name it.
  Google: { ambiguous: false, because: 'the verb "google" comes from the company' },
  Twitter: { ambiguous: false, because: 'capitalised, "Twitter" is the service, not birdsong' },
  Xerox: { ambiguous: false, because: 'the verb "xerox" comes from the company' },
  Cisco: { ambiguous: false, because: 'capitalised, "Cisco" is the company, not the fish' },
  Yahoo: { ambiguous: false, because: 'capitalised, "Yahoo" is the company, not the shout' },
  // Abbreviations known as the company's before anything else.
  IBM: { ambiguous: false, because: 'the letters are known as the company' },
  AWS: { ambiguous: false, because: 'the letters are known as Amazon Web Services' },
  'AT&T': { ambiguous: false, because: 'the letters are known as the company' },
  // Full names of a company that happen to be made of ordinary words.
  'Amazon Web Services': { ambiguous: false, because: "the name of Amazon's cloud" },
  'Adobe Systems': { ambiguous: false, because: "the company's former name" },
  'Dell Technologies': { ambiguous: false, because: "the company's full name" },
  'Dell Federal Systems': { ambiguous: false, because: "the name of Dell's federal unit" },
  'Dell Marketing': { ambiguous: false, because: "the name of Dell's sales unit" },
  'International Business Machines': { ambiguous: false, because: "IBM's full name" },
  'Meta Platforms': { ambiguous: false, because: "the company's full name" },
  'Oracle America': { ambiguous: false, because: "the name of Oracle's US unit" },
  'Science Applications International': { ambiguous: false, because: "SAIC's full name" },
  'Axon Enterprise': { ambiguous: false, because: "the Taser maker's full name" },
  'Flock Safety': { ambiguous: false, because: "the plate-reader maker's full name" },
  'Vigilant Solutions': { ambiguous: false, because: "the plate-reader maker's full name" },
  'WatchGuard Video': { ambiguous: false, because: "the police-camera maker's full name" },
  'Taser International': { ambiguous: false, because: "Axon's former name" },
  // Other meanings no list holds.
  Intel: { ambiguous: true, because: 'headlines write "intel" for intelligence' },
  Motorola: { ambiguous: true, because: "Motorola phones are Motorola Mobility's, another company" },
  SAIC: { ambiguous: true, because: 'SAIC is also SAIC Motor, a Chinese carmaker' },
  Clearview: { ambiguous: true, because: 'Clearview is also the name of towns, schools and streets' },
  WatchGuard: {
    ambiguous: true,
    because: 'WatchGuard Technologies, the network-security firm, is another company',
  },
};

export interface CuratedCompany {
  id: string;
  name: string;
  /** Spellings, in any form the sources use, that belong to this company. */
  names: string[];
  /** Company slugs used by the collective-action records. */
  actionSlugs?: string[];
  aliases: CuratedAlias[];
  domains?: string[];
  /**
   * Words typical of the company, as written (a product, a person, a place): in the same text
   * as one of its ambiguous names they are the evidence that it names the company ("Apple"
   * beside "iPhone"). Only words that are about the company wherever they appear.
   */
  contextWords?: string[];
  /** Products named after the company ("Amazon Prime"): right after its name, evidence. */
  productWords?: string[];
  /** Other companies whose names begin with one of its names: where they stand, not it. */
  otherNames?: string[];
}

const company = (c: CuratedCompany): CuratedCompany => c;

export const CURATED_COMPANIES: CuratedCompany[] = [
  company({
    id: 'amazon',
    name: 'Amazon',
    // Amazon Web Services is Amazon's cloud unit (the seed article and the workers' letter).
    names: ['Amazon.com', 'Amazon Web Services, Inc.', 'Amazon'],
    actionSlugs: ['amazon', 'whole_foods', 'mechanical_turk', 'twitch'],
    aliases: [
      { text: 'Amazon' },
      { text: 'Amazon.com' },
      { text: 'Amazon Web Services' },
      { text: 'AWS' },
      { text: 'Rekognition' },
      { text: 'Whole Foods' },
      { text: 'Mechanical Turk' },
      // Ring, Amazon's doorbell-camera company, partners with police departments.
      { text: 'Ring' },
    ],
    domains: ['amazon.com', 'aws.amazon.com', 'amazon.jobs', 'aboutamazon.com'],
    contextWords: [
      'Alexa',
      'Kindle',
      'Fire TV',
      'Prime Video',
      'Prime Day',
      'Bezos',
      'Jassy',
      'doorbell',
      'doorbells',
      'Neighbors app',
      // Japanese and Spanish pages: "doorbell".
      'ドアベル',
      'timbre',
    ],
    productWords: ['Prime', 'Echo', 'Music', 'Fresh', 'Go', 'Kindle', 'Alexa'],
  }),
  company({
    id: 'palantir',
    name: 'Palantir',
    names: ['Palantir Technologies', 'Palantir USG', 'Palantir'],
    actionSlugs: ['palantir'],
    aliases: [{ text: 'Palantir' }, { text: 'Palantir Technologies' }, { text: 'Palantir USG' }],
    domains: ['palantir.com'],
  }),
  company({
    id: 'microsoft',
    name: 'Microsoft',
    names: ['Microsoft Corporation', 'Microsoft'],
    actionSlugs: ['microsoft', 'github'],
    aliases: [
      { text: 'Microsoft' },
      { text: 'Microsoft Corporation' },
      { text: 'Microsoft Azure' },
      { text: 'GitHub' },
      { text: 'LinkedIn' },
      { text: 'HoloLens' },
    ],
    domains: ['microsoft.com', 'github.com', 'linkedin.com'],
  }),
  company({
    id: 'google',
    name: 'Google',
    names: ['Google', 'Alphabet'],
    actionSlugs: ['google', 'alphabet', 'youtube'],
    aliases: [
      { text: 'Google' },
      { text: 'Google Cloud' },
      { text: 'Alphabet' },
      { text: 'YouTube' },
      { text: 'Project Maven' },
      { text: 'Maven' },
    ],
    domains: ['google.com', 'abc.xyz', 'youtube.com'],
    contextWords: ['Pichai', 'Waymo', 'DeepMind'],
  }),
  company({
    id: 'ibm',
    name: 'IBM',
    names: ['IBM', 'International Business Machines Corporation'],
    actionSlugs: ['ibm'],
    aliases: [{ text: 'IBM' }, { text: 'International Business Machines' }],
    domains: ['ibm.com'],
  }),
  company({
    id: 'dell',
    name: 'Dell',
    // Torn Apart names Denali Holding, Dell's holding company, as the parent of both units.
    names: ['Denali Holding', 'Dell Federal Systems L.P', 'Dell Marketing L.P.', 'Dell'],
    aliases: [
      { text: 'Dell' },
      { text: 'Dell Technologies' },
      { text: 'Dell Federal Systems' },
      { text: 'Dell Marketing' },
    ],
    domains: ['dell.com', 'delltechnologies.com'],
    contextWords: ['Alienware', 'PowerEdge', 'Inspiron', 'XPS', 'servers', 'laptops', 'PCs'],
  }),
  company({
    id: 'accenture',
    name: 'Accenture',
    names: ['Accenture', 'Accenture Federal Services LLC'],
    actionSlugs: ['accenture'],
    aliases: [{ text: 'Accenture' }, { text: 'Accenture Federal Services' }],
    domains: ['accenture.com'],
  }),
  company({
    id: 'oracle',
    name: 'Oracle',
    names: ['Oracle', 'Oracle America, Inc'],
    actionSlugs: ['oracle'],
    aliases: [{ text: 'Oracle' }, { text: 'Oracle America' }, { text: 'Oracle Corporation' }],
    domains: ['oracle.com'],
    contextWords: ['Larry Ellison', 'Ellison', 'MySQL', 'Java', 'Cerner', 'Oracle Cloud', 'Oracle Database'],
  }),
  company({
    id: 'salesforce',
    name: 'Salesforce',
    names: ['Salesforce'],
    actionSlugs: ['salesforce'],
    aliases: [{ text: 'Salesforce' }, { text: 'Salesforce.com' }],
    domains: ['salesforce.com'],
  }),
  company({
    id: 'geo-group',
    name: 'GEO Group',
    names: ['GEO Group', 'The GEO Group, Inc.'],
    aliases: [{ text: 'GEO Group' }, { text: 'The GEO Group' }],
    domains: ['geogroup.com'],
  }),
  company({
    id: 'corecivic',
    name: 'CoreCivic',
    names: ['CoreCivic, Inc.', 'CoreCivic'],
    aliases: [{ text: 'CoreCivic' }],
    domains: ['corecivic.com'],
  }),
  company({
    id: 'deloitte',
    name: 'Deloitte',
    names: ['Deloitte', 'Deloitte Consulting LLP'],
    aliases: [{ text: 'Deloitte' }, { text: 'Deloitte Consulting' }],
    domains: ['deloitte.com'],
  }),
  company({
    id: 'booz-allen-hamilton',
    name: 'Booz Allen Hamilton',
    names: ['Booz Allen Hamilton Holding', 'Booz Allen Hamilton Inc'],
    aliases: [{ text: 'Booz Allen Hamilton' }, { text: 'Booz Allen' }],
    domains: ['boozallen.com'],
  }),
  company({
    id: 'general-dynamics',
    name: 'General Dynamics',
    names: ['General Dynamics'],
    aliases: [{ text: 'General Dynamics' }],
    domains: ['gd.com'],
    // Its units and products: a text about them is about the contractor.
    contextWords: [
      'Electric Boat',
      'Bath Iron Works',
      'NASSCO',
      'Gulfstream',
      'GDIT',
      'Abrams',
      'Stryker',
      'submarine',
      'submarines',
      'tanks',
    ],
  }),
  company({
    id: 'lockheed-martin',
    name: 'Lockheed Martin',
    names: ['Lockheed Martin Corporation'],
    aliases: [{ text: 'Lockheed Martin' }, { text: 'Lockheed' }],
    domains: ['lockheedmartin.com'],
  }),
  company({
    id: 'boeing',
    name: 'Boeing',
    names: ['The Boeing Company'],
    aliases: [{ text: 'Boeing' }],
    domains: ['boeing.com'],
  }),
  company({
    id: 'northrop-grumman',
    name: 'Northrop Grumman',
    names: ['Northrop Grumman Systems Corporation'],
    aliases: [{ text: 'Northrop Grumman' }, { text: 'Northrop' }],
    domains: ['northropgrumman.com'],
  }),
  company({
    id: 'leidos',
    name: 'Leidos',
    names: ['Leidos, Inc.'],
    aliases: [{ text: 'Leidos' }],
    domains: ['leidos.com'],
  }),
  company({
    id: 'saic',
    name: 'SAIC',
    names: ['Science Applications International Corporation'],
    aliases: [{ text: 'SAIC' }, { text: 'Science Applications International' }],
    domains: ['saic.com'],
  }),
  company({
    id: 'anduril',
    name: 'Anduril',
    names: ['Anduril Industries, Inc.'],
    aliases: [{ text: 'Anduril' }, { text: 'Anduril Industries' }],
    domains: ['anduril.com'],
  }),
  company({
    id: 'motorola-solutions',
    name: 'Motorola Solutions',
    names: ['Motorola Solutions, Inc.', 'Motorola'],
    // Motorola's phones are made by Motorola Mobility, Lenovo's since 2014: "Motorola" alone
    // names Motorola Solutions only beside its radios, cameras and police work.
    aliases: [{ text: 'Motorola Solutions' }, { text: 'Motorola' }],
    domains: ['motorolasolutions.com'],
    contextWords: [
      'police',
      'radio',
      'radios',
      'body camera',
      'body cameras',
      'body-worn',
      'license plate',
      'public safety',
      'first responders',
      'dispatch',
      'APX',
      'WatchGuard',
      'Avigilon',
      'Vigilant',
    ],
  }),
  company({
    id: 'thomson-reuters',
    name: 'Thomson Reuters',
    names: ['Thomson Reuters Special Services LLC'],
    aliases: [{ text: 'Thomson Reuters' }],
    domains: ['thomsonreuters.com'],
  }),
  company({
    id: 'relx',
    name: 'RELX (LexisNexis)',
    // LexisNexis is RELX's data business; Torn Apart names RELX as Reed Elsevier's parent.
    names: ['RELX', 'RELX Inc.', 'LexisNexis Special Services Inc', 'LexisNexis Risk Solutions Inc'],
    aliases: [{ text: 'LexisNexis' }, { text: 'RELX' }, { text: 'Reed Elsevier' }],
    domains: ['relx.com', 'lexisnexis.com'],
  }),
  company({
    id: 'clearview-ai',
    name: 'Clearview AI',
    names: ['Clearview AI, Inc.'],
    aliases: [{ text: 'Clearview AI' }, { text: 'Clearview' }],
    domains: ['clearview.ai'],
    contextWords: [
      'facial recognition',
      'face recognition',
      'facial-recognition',
      'face-recognition',
      'Ton-That',
    ],
  }),
  company({
    id: 'l3harris',
    name: 'L3Harris',
    names: ['L3Harris Technologies, Inc.', 'L3 Technologies'],
    aliases: [{ text: 'L3Harris' }, { text: 'L3 Technologies' }, { text: 'L-3 Communications' }],
    domains: ['l3harris.com'],
  }),
  company({
    id: 'caci',
    name: 'CACI',
    names: ['CACI, Inc. - Federal', 'CACI NSS, LLC'],
    aliases: [{ text: 'CACI' }],
    domains: ['caci.com'],
  }),
  company({
    id: 'cellebrite',
    name: 'Cellebrite',
    names: ['Cellebrite USA', 'Cellebrite Inc'],
    aliases: [{ text: 'Cellebrite' }],
    domains: ['cellebrite.com'],
  }),
  company({
    id: 'at-and-t',
    name: 'AT&T',
    names: ['AT&T', 'AT&T Enterprises, LLC'],
    actionSlugs: ['at&t'],
    aliases: [{ text: 'AT&T' }],
    domains: ['att.com'],
  }),
  company({
    id: 'verizon',
    name: 'Verizon',
    names: ['Verizon'],
    aliases: [{ text: 'Verizon' }],
    domains: ['verizon.com'],
  }),
  company({
    id: 'carahsoft',
    name: 'Carahsoft',
    names: ['Carahsoft Technology Corp'],
    aliases: [{ text: 'Carahsoft' }],
    domains: ['carahsoft.com'],
  }),
  company({
    id: 'meta',
    name: 'Meta (Facebook)',
    names: ['Facebook'],
    actionSlugs: ['facebook', 'meta', 'instagram', 'whatsapp'],
    aliases: [
      { text: 'Facebook' },
      { text: 'Meta' },
      { text: 'Meta Platforms' },
      { text: 'Instagram' },
      { text: 'WhatsApp' },
    ],
    domains: ['facebook.com', 'meta.com', 'instagram.com'],
    contextWords: ['Zuckerberg', 'Oculus', 'Reality Labs'],
  }),
  company({
    id: 'apple',
    name: 'Apple',
    names: ['Apple Inc.'],
    actionSlugs: ['apple'],
    aliases: [{ text: 'Apple' }, { text: 'Apple Inc' }],
    domains: ['apple.com'],
    productWords: ['Watch', 'Music', 'Pay', 'TV', 'Store', 'Vision', 'Intelligence'],
    contextWords: [
      'iPhone',
      'iPhones',
      'iPad',
      'iPod',
      'iOS',
      'macOS',
      'OS X',
      'MacBook',
      'iMac',
      'iTunes',
      'iCloud',
      'AirPods',
      'HomeKit',
      'Siri',
      'Tim Cook',
      'Cupertino',
      'App Store',
      'Apple Watch',
      'Apple TV',
      'Apple Music',
      'Apple Pay',
      'Apple News',
    ],
  }),
  company({
    id: 'target',
    name: 'Target',
    names: ['Target Corporation'],
    actionSlugs: ['target'],
    aliases: [{ text: 'Target' }, { text: 'Target Corp' }],
    domains: ['target.com'],
    contextWords: ['Target Circle', 'Target.com'],
  }),
  company({
    id: 'thermo-fisher-scientific',
    name: 'Thermo Fisher Scientific',
    // Torn Apart spells the parent of Fisher Scientific "Thermo Fischer Scientific".
    names: ['Thermo Fisher Scientific', 'Thermo Fischer Scientific'],
    aliases: [{ text: 'Thermo Fisher Scientific' }, { text: 'Thermo Fisher' }],
    domains: ['thermofisher.com'],
  }),
  company({
    id: 'uber',
    name: 'Uber',
    names: ['Uber Technologies'],
    actionSlugs: ['uber', 'ubereats'],
    aliases: [{ text: 'Uber' }],
    domains: ['uber.com'],
  }),
  // Headlines write intelligence as "Intel" ("Senate Intel Committee"), and adobe is a building
  // material: both names need evidence.
  company({
    id: 'intel',
    name: 'Intel',
    names: ['Intel'],
    actionSlugs: ['intel'],
    aliases: [{ text: 'Intel' }, { text: 'Intel Corporation' }],
    domains: ['intel.com'],
    contextWords: [
      'Pentium',
      'Xeon',
      'Celeron',
      'Core i5',
      'Core i7',
      'Core i9',
      'Gelsinger',
      'Lip-Bu Tan',
      'x86',
      'Intel Inside',
      'chipmaker',
      'chip',
      'chips',
      'processor',
      'processors',
    ],
  }),
  company({
    id: 'adobe',
    name: 'Adobe',
    names: ['Adobe'],
    actionSlugs: ['adobe'],
    aliases: [{ text: 'Adobe' }, { text: 'Adobe Inc' }, { text: 'Adobe Systems' }],
    domains: ['adobe.com'],
    contextWords: [
      'Photoshop',
      'Acrobat',
      'Illustrator',
      'Lightroom',
      'Premiere Pro',
      'Creative Cloud',
      'Firefly',
      'Adobe Flash',
      'Adobe Reader',
    ],
  }),
];

/**
 * Technology companies named by the collective-action records whose one-word names are
 * distinctive enough to mark without further evidence (generated one-word names always
 * need evidence: "Stuart" or "Harris" are people far more often than companies).
 */
const TECH_NAMES: [id: string, name: string, slugs: string[], extraAliases: string[]][] = [
  ['netflix', 'Netflix', ['netflix'], []],
  ['pinterest', 'Pinterest', ['pinterest'], []],
  ['mozilla', 'Mozilla', ['mozilla'], []],
  ['reddit', 'Reddit', ['reddit'], []],
  ['twitter', 'Twitter', ['twitter'], []],
  ['lyft', 'Lyft', ['lyft'], []],
  ['instacart', 'Instacart', ['instacart'], []],
  ['doordash', 'DoorDash', ['doordash'], []],
  ['deliveroo', 'Deliveroo', ['deliveroo'], []],
  ['postmates', 'Postmates', ['postmates'], []],
  ['spotify', 'Spotify', ['spotify'], []],
  ['yahoo', 'Yahoo', ['yahoo'], []],
  ['alibaba', 'Alibaba', ['alibaba'], []],
  ['tencent', 'Tencent', ['tencent'], []],
  ['baidu', 'Baidu', ['baidu'], []],
  ['samsung', 'Samsung', ['samsung'], []],
  ['huawei', 'Huawei', ['huawei'], []],
  ['foxconn', 'Foxconn', ['foxconn'], []],
  ['bytedance', 'ByteDance', ['bytedance', 'tiktok'], ['TikTok']],
  ['walmart', 'Walmart', ['walmart'], []],
  ['ebay', 'eBay', ['ebay'], []],
  ['etsy', 'Etsy', ['etsy'], []],
  ['cisco', 'Cisco', ['cisco'], []],
  ['nokia', 'Nokia', ['nokia'], []],
  ['lenovo', 'Lenovo', ['lenovo'], []],
  ['sony', 'Sony', ['sony'], []],
  ['shutterstock', 'Shutterstock', ['shutterstock'], []],
  ['kickstarter', 'Kickstarter', ['kickstarter'], []],
  ['wework', 'WeWork', ['wework'], []],
  ['coinbase', 'Coinbase', ['coinbase'], []],
  ['grubhub', 'Grubhub', ['grubhub'], []],
  ['glovo', 'Glovo', ['glovo'], []],
  ['meituan', 'Meituan', ['meituan'], []],
  ['didi', 'DiDi', ['didi', 'didi_food'], ['Didi Chuxing']],
  ['wikipedia', 'Wikipedia', ['wikipedia'], []],
];

for (const [id, name, slugs, extraAliases] of TECH_NAMES) {
  CURATED_COMPANIES.push({
    id,
    name,
    names: [name],
    actionSlugs: slugs,
    aliases: [name, ...extraAliases].map((text) => ({ text })),
  });
}

CURATED_COMPANIES.push({
  id: 'mit',
  name: 'MIT',
  names: ['Massachusetts Institute of Technology'],
  actionSlugs: ['mit'],
  aliases: [{ text: 'MIT' }, { text: 'Massachusetts Institute of Technology' }],
});

/** Company slugs in the collective-action records that name no company. */
export const NOT_A_COMPANY_SLUGS = new Set(['na']);

/**
 * Parent links in Torn Apart that would merge separate companies of today. Each with why.
 */
export const REFUSED_PARENT_LINKS: { recipient: string; parent: string; why: string }[] = [
  {
    recipient: 'Leidos',
    parent: 'SAIC',
    why: 'Leidos is the former SAIC, renamed in 2013 when today’s SAIC was spun off as a separate company',
  },
];

/** Summaries in our own words, keyed by collective-action record id. */
export const ACTION_SUMMARIES: Record<number, string> = {
  85: 'Google employees petitioned, thousands strong, for the company to drop Project Maven, the Pentagon program using machine learning on drone footage; some resigned over it.',
  89: 'Hundreds of Microsoft employees signed an internal open letter asking the company to stop its work for ICE.',
  90: 'Amazon employees wrote to Jeff Bezos asking him to stop selling Rekognition face recognition to police and to stop hosting Palantir, which serves ICE, on AWS.',
  92: "Hundreds of Salesforce employees signed a letter to Marc Benioff objecting to the company's contracts with CBP.",
  96: "Protesters brought a letter to Palantir's Palo Alto office asking the company and its staff to end its ICE contracts.",
  101: "Microsoft employees published an open letter asking the company not to bid on the Pentagon's JEDI cloud contract.",
  117: 'Microsoft employees circulated a letter demanding the company cancel its $479 million IVAS contract with the US Army, saying they had not signed up to build weapons.',
  123: 'Researchers asked Amazon to stop selling Rekognition to law enforcement until safeguards against misuse exist.',
  140: "Tech workers protested Palantir's ICE contract on the company's own GitHub pages.",
  196: 'GitHub employees pressed their leadership to drop a $200,000 GitHub Enterprise Server licence sold to ICE.',
  397: 'Microsoft employees handed their CEO a petition with over 300,000 signatures, 500 of them from staff, asking the company to cancel its ICE contract.',
  476: 'Google and Amazon workers condemned Project Nimbus, their cloud contract with the Israeli government and military, in an internal letter.',
};

/**
 * Contracts the award data cannot show (a subcontract, a reseller, another agency or
 * government), as the news cited by the collective-action records reports them. Written
 * in our own words; `sourcesFromActions` names the records whose URLs are cited.
 */
export const REPORTED_CONTRACTS: {
  id: string;
  companyId: string;
  customer: string;
  program: string;
  category: 'military' | 'immigration' | 'police-surveillance';
  year: string;
  amountUSD: number | null;
  summary: string;
  sourcesFromActions: number[];
}[] = [
  {
    id: 'reported:google-maven',
    companyId: 'google',
    customer: 'US Department of Defense',
    program: 'Project Maven',
    category: 'military',
    year: '2018',
    amountUSD: null,
    summary:
      'Google worked on Project Maven, the Pentagon program applying machine learning to drone footage.',
    sourcesFromActions: [85],
  },
  {
    id: 'reported:microsoft-ivas',
    companyId: 'microsoft',
    customer: 'US Army',
    program: 'IVAS (HoloLens headsets)',
    category: 'military',
    year: '2019',
    amountUSD: 479_000_000,
    summary:
      'Microsoft holds a $479 million Army contract, IVAS, to supply HoloLens-based headsets to soldiers.',
    sourcesFromActions: [117],
  },
  {
    id: 'reported:microsoft-jedi',
    companyId: 'microsoft',
    customer: 'US Department of Defense',
    program: 'JEDI cloud',
    category: 'military',
    year: '2018',
    amountUSD: null,
    summary: "Microsoft bid for JEDI, the Pentagon's large cloud computing contract.",
    sourcesFromActions: [101],
  },
  {
    id: 'reported:salesforce-cbp',
    companyId: 'salesforce',
    customer: 'US Customs and Border Protection',
    program: 'Salesforce software for CBP',
    category: 'immigration',
    year: '2018',
    amountUSD: null,
    summary: 'Salesforce has contracts with CBP, which its own employees objected to.',
    sourcesFromActions: [92],
  },
  {
    id: 'reported:github-ice',
    companyId: 'microsoft',
    customer: 'US Immigration and Customs Enforcement',
    program: 'GitHub Enterprise Server licence',
    category: 'immigration',
    year: '2019',
    amountUSD: 200_000,
    summary: 'GitHub, a Microsoft subsidiary, renewed a $200,000 licence of GitHub Enterprise Server to ICE.',
    sourcesFromActions: [196],
  },
  {
    id: 'reported:amazon-rekognition-police',
    companyId: 'amazon',
    customer: 'US police departments',
    program: 'Rekognition face recognition',
    category: 'police-surveillance',
    year: '2018',
    amountUSD: null,
    summary: 'Amazon sold its Rekognition face recognition to police forces.',
    sourcesFromActions: [90, 123],
  },
  {
    id: 'reported:nimbus',
    companyId: 'google',
    customer: 'Israeli government and military',
    program: 'Project Nimbus cloud',
    category: 'military',
    year: '2021',
    amountUSD: null,
    summary:
      'Google and Amazon supply cloud services to the Israeli government and military under Project Nimbus.',
    sourcesFromActions: [476],
  },
  {
    id: 'reported:nimbus-amazon',
    companyId: 'amazon',
    customer: 'Israeli government and military',
    program: 'Project Nimbus cloud',
    category: 'military',
    year: '2021',
    amountUSD: null,
    summary:
      'Amazon and Google supply cloud services to the Israeli government and military under Project Nimbus.',
    sourcesFromActions: [476],
  },
];
