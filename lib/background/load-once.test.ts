import { expect, it } from 'vitest';
import { loadOnce } from './load-once';

it('loads on the first call only and gives every caller the same value', async () => {
  let loads = 0;
  const get = loadOnce(async () => ({ n: ++loads }));
  expect(loads).toBe(0);
  const [a, b] = await Promise.all([get(), get()]);
  expect(await get()).toBe(a);
  expect(b).toBe(a);
  expect(loads).toBe(1);
});

it('forgets a failed load, so that the next call tries again', async () => {
  let loads = 0;
  const get = loadOnce(async () => {
    loads++;
    if (loads === 1) throw new Error('disk busy');
    return 'ready';
  });
  await expect(get()).rejects.toThrow('disk busy');
  await expect(get()).resolves.toBe('ready');
  await expect(get()).resolves.toBe('ready');
  expect(loads).toBe(2);
});

it('shares one failure among the callers that were waiting for it', async () => {
  let loads = 0;
  const get = loadOnce(async () => {
    loads++;
    throw new Error(`attempt ${loads}`);
  });
  const results = await Promise.allSettled([get(), get()]);
  expect(results.map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual([
    'attempt 1',
    'attempt 1',
  ]);
  expect(loads).toBe(1);
});
