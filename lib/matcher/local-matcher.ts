// The background's matching, run in process: for the scan CLI and tests, which walk a page
// with the same scanner as the content script.
import type { TextMatcher } from '../scanner/scan';
import type { Dictionary } from './dictionary';
import { matchTexts, readTextMatches } from './text-matches';

export function localTextMatcher(dictionary: Dictionary, host = ''): TextMatcher {
  return { matchTexts: (texts) => readTextMatches(matchTexts(dictionary, texts, host), texts) };
}
