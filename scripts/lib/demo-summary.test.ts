import { describe, expect, it } from 'vitest';
import { demoSummary } from './demo-summary';

describe('demoSummary', () => {
  it('names each marked company with its count, most marked first', () => {
    const marks = ['Palantir', 'Amazon', 'Amazon', 'IBM', 'Amazon', 'Palantir'];
    expect(demoSummary(marks, 'Palantir 11 contracts', 'shot.png')).toBe(
      'Backstory demo: 6 marks on the seed article (Amazon 3, Palantir 2, IBM 1); hover card: "Palantir 11 contracts"; screenshot: shot.png',
    );
  });
});
