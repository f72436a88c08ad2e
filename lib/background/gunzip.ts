// Gzip and JSON as the background unpacks them, for the packaged dataset and for updates.
// The bytes go into the browser's DecompressionStream in one write and come out as chunks,
// joined once: measured in Chromium at a first start, piping a fetch body through it into
// `Response.json()` took 300–500 ms for the 7.7 MB dataset, this 40–60 ms (docs/performance.md).

export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // Not awaited before reading: the write resolves only as the output is read.
  const written = writer.write(bytes).then(() => writer.close());
  // A damaged file fails the read below; its write's failure is that same error.
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await written;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/** UTF-8 JSON text to its value; a file that does not read throws the parser's error. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(bytes));
}
