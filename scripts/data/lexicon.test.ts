// The build's real word and name lists, pinned on the names the detection issue names.
import { describe, expect, it } from 'vitest';
import { judgeAmbiguity } from '../../lib/dataset/ambiguity';
import { GENERIC_WORDS } from '../../lib/dataset/resolve';
import { AMBIGUITY_OVERRIDES } from './curated';
import { loadLexicon } from './lexicon';

const judge = (text: string) =>
  judgeAmbiguity(text, loadLexicon(), (w) => GENERIC_WORDS.has(w), AMBIGUITY_OVERRIDES);

describe('which names need evidence, from the lists', () => {
  it.each([
    'Raytheon',
    'Palantir',
    'Anduril',
    'Leidos',
    'Lockheed',
    'Boeing',
    'Northrop',
    'ShotSpotter',
    'Google',
    'IBM',
  ])('%s is marked on sight', (name) => expect(judge(name)).toMatchObject({ ambiguous: false }));
  it.each([
    'Amazon',
    'Apple',
    'Target',
    'Oracle',
    'Ring',
    'Harris',
    'Dell',
    'Axon',
    'Flock',
    'Sprint',
    'Square',
    'Meta',
    'Intel',
    // Clearview Elementary, WatchGuard the firewall maker: the police issue's cases.
    'Clearview',
    'WatchGuard',
  ])('%s needs evidence', (name) =>
    expect(judge(name)).toMatchObject({ ambiguous: true, because: expect.any(String) }),
  );
}, 60_000);
