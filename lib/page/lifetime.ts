// How long Backstory may act in a page. When the extension is reloaded, updated or removed,
// Chrome leaves the old script in open pages with its extension API gone (runtime.id turns
// undefined); it must then take its marks and listeners away and do nothing more. Checked
// whenever the script is about to act, never by polling, and never by telling the page
// anything (a window message would cost the page a task and show it the extension's id).

export class ExtensionLifetime {
  private readonly ended = new AbortController();

  constructor(private readonly runtime: { readonly id?: string | undefined }) {}

  /** Aborted once the extension is gone: listeners added with it are removed with it. */
  get signal(): AbortSignal {
    return this.ended.signal;
  }

  /** False once the extension is gone; the first call that notices runs the `onEnd` work. */
  get alive(): boolean {
    if (this.ended.signal.aborted) return false;
    if (this.runtime.id) return true;
    this.ended.abort();
    return false;
  }

  onEnd(work: () => void): void {
    this.ended.signal.addEventListener('abort', work, { once: true });
  }
}
