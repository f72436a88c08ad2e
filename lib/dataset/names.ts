// Recipient names arrive spelled many ways ("PALANTIR TECHNOLOGIES INC.", "Palantir
// Technologies"); grouping them needs one canonical key per spelling.

const LEGAL_SUFFIXES = new Set([
  'INC',
  'INCORPORATED',
  'CORP',
  'CORPORATION',
  'CO',
  'COMPANY',
  'LLC',
  'L L C',
  'LP',
  'L P',
  'LLP',
  'LTD',
  'LIMITED',
  'PLC',
  'PC',
  'PLLC',
]);

/** Uppercase, punctuation to spaces, "&" to "AND", trailing legal suffixes dropped. */
export function recipientKey(name: string): string {
  let key = name
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  for (;;) {
    const stripped = stripOneSuffix(key);
    if (stripped === key) return key;
    key = stripped;
  }
}

function stripOneSuffix(key: string): string {
  for (const suffix of LEGAL_SUFFIXES) {
    if (key.endsWith(` ${suffix}`) && key.length > suffix.length + 1) {
      return key.slice(0, -suffix.length - 1);
    }
  }
  return key;
}
