// One request of an update, bounded: a timeout for the whole of it, and a byte limit that
// refuses a larger answer before it is read whole (from its Content-Length where the server
// gives one, else as the bytes arrive). `fetch` is passed in.
import type { UpdateRefusal } from './manifest';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function fetchLimited(
  fetchUrl: Fetch,
  url: string,
  { maxBytes, timeoutMs, name }: { maxBytes: number; timeoutMs: number; name: string },
): Promise<Uint8Array<ArrayBuffer> | UpdateRefusal> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // Nothing of the user's goes with it: no cookies, no referrer, nothing cached.
    const response = await fetchUrl(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
    });
    if (!response.ok) return { reason: 'http', status: response.status };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      controller.abort();
      return { reason: 'tooLarge', file: name, bytes: declared };
    }
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        return { reason: 'tooLarge', file: name, bytes: total };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  } catch (error) {
    if (controller.signal.aborted) return { reason: 'timeout' };
    return { reason: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
