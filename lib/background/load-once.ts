// The background's expensive resources (the database, the dictionary) are made on first
// use and kept for the life of the background; a failed attempt is not kept, so the next
// caller tries again instead of getting the same error until the browser restarts.

/** Wraps `load` so that it runs at most once at a time and its first success is kept. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
