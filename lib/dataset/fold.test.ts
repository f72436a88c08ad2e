import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';

describe('foldForSearch', () => {
  it('drops accents and case, and keeps everything else', () => {
    expect(foldForSearch('Peñalosa PD')).toBe('penalosa pd');
    expect(foldForSearch('SÃO PAULO')).toBe('sao paulo');
    expect(foldForSearch(' Müller  ')).toBe(' muller  ');
  });
});
