// How long Backstory may act in a page. When the extension is reloaded, updated or removed,
// Chrome leaves the old script in open pages with its extension API gone (runtime.id turns
// undefined); it must then take its marks and listeners away and do nothing more. Checked
// whenever the script is about to act, never by polling, and never by telling the page
// anything (a window message would cost the page a task and show it the extension's id).

export class ExtensionLifetime {
  private ended = false;
  // Made only when a listener needs it: a page without marks never listens to anything.
  private controller: AbortController | undefined;
  private readonly endWork: (() => void)[] = [];

  constructor(private readonly runtime: { readonly id?: string | undefined }) {}

  /** Aborted once the extension is gone: listeners added with it are removed with it. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.ended) this.controller.abort();
    }
    return this.controller.signal;
  }

  /** False once the extension is gone; the first call that notices runs the `onEnd` work. */
  get alive(): boolean {
    if (this.ended) return false;
    if (this.runtime.id) return true;
    this.ended = true;
    this.controller?.abort();
    for (const work of this.endWork.splice(0)) work();
    return false;
  }

  /** Work to do once, when the extension is found gone (after the signal's listeners). */
  onEnd(work: () => void): void {
    this.endWork.push(work);
  }
}
