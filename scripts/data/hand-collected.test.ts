import { describe, expect, it } from 'vitest';
import { handActionSchema, handContractSchema, parseJsonl } from './hand-collected.ts';

const action = {
  id: 'wa-2024-001',
  date: '2024-04-16',
  companies: ['Google'],
  targetCompanies: [],
  kinds: ['sit-in'],
  workers: 9,
  summary: 'A note.',
  sources: ['https://example.org/a'],
  evidence: [{ url: 'https://example.org/a', excerpt: 'Nine workers sat in on April 16, 2024.' }],
  about: ['Project Nimbus'],
  notes: null,
};

describe('parseJsonl', () => {
  it('reads one record a line, skipping blank lines', () => {
    const text = `${JSON.stringify(action)}\n\n${JSON.stringify({ ...action, id: 'wa-2024-002' })}\n`;
    expect(parseJsonl(text, handActionSchema, 'actions.jsonl').map((a) => a.id)).toEqual([
      'wa-2024-001',
      'wa-2024-002',
    ]);
  });

  it('fails on a bad line, naming the file, the line and the field', () => {
    const bad = `${JSON.stringify(action)}\n${JSON.stringify({ ...action, workers: 'nine' })}`;
    expect(() => parseJsonl(bad, handActionSchema, 'actions.jsonl')).toThrow(
      /^actions\.jsonl line 2: workers: /,
    );
    expect(() => parseJsonl('{"id": "rc-001",', handContractSchema, 'contracts.jsonl')).toThrow(
      /^contracts\.jsonl line 1: not JSON/,
    );
    const noYear = JSON.stringify({ ...action, date: 'spring 2024' });
    expect(() => parseJsonl(noYear, handActionSchema, 'actions.jsonl')).toThrow(/line 1: date: not YYYY/);
  });
});
