import { describe, expect, it } from 'vitest';
import { nextMinor } from './data-publish';
import { generateUpdateKey, publicKeyOf } from './lib/update-package';

describe('data:publish', () => {
  it('fits an update to the extension’s own minor line by default', () => {
    expect(nextMinor('0.1.0')).toBe('0.2.0');
    expect(nextMinor('1.9.3')).toBe('1.10.0');
  });

  it('tells the public half of a private key, to refuse a key the extension does not trust', async () => {
    const key = await generateUpdateKey();
    const other = await generateUpdateKey();
    expect(await publicKeyOf(key.privatePem)).toBe(key.publicBase64);
    expect(await publicKeyOf(other.privatePem)).not.toBe(key.publicBase64);
  });
});
