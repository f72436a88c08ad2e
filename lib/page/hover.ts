// Hover manners after Wikipedia's page previews and WCAG 1.4.13: the card opens after a
// dwell, stays while the pointer is on the word or the card, closes a moment after it
// leaves, and Esc closes it at once. Only the user's own input counts: events a page's script
// makes (`isTrusted` false) neither open a card nor close one, so a page cannot ask for one.
import type { Mention } from '../scanner/scan';
import { caretAt, rangeContainsPoint } from './caret';
import type { MentionIndex } from './mention-index';

export interface HoverTiming {
  dwellMs: number;
  hideMs: number;
}

export interface HoverView {
  /** `focus`: the card was asked for from the keyboard, so focus moves into it. */
  show(mention: Mention, anchor: DOMRect, focus: boolean): void;
  hide(): void;
}

export class HoverController {
  private current: Mention | undefined;
  private shown = false;
  private insideCard = false;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frameRequested = false;
  private x = 0;
  private y = 0;
  private alive: () => boolean = () => true;

  constructor(
    private readonly doc: Document,
    private readonly index: MentionIndex,
    private readonly view: HoverView,
    private timing: HoverTiming,
  ) {}

  /** The dwell and hide delays, changed from the options while the page is open. */
  setTiming(timing: HoverTiming): void {
    this.timing = timing;
  }

  /**
   * `alive` is asked before each hit test: once it says no, the listeners are gone too.
   * `byUser` tells the user's own input from events a page's script made (only tests that
   * cannot make trusted events pass another).
   */
  listen(
    signal: AbortSignal,
    alive: () => boolean = () => true,
    byUser: (event: Event) => boolean = (event) => event.isTrusted,
  ): void {
    this.alive = alive;
    const options = { passive: true, capture: true, signal } as const;
    this.doc.addEventListener('pointermove', (event) => byUser(event) && this.onMove(event), options);
    this.doc.addEventListener(
      'keydown',
      (event) => byUser(event) && event.key === 'Escape' && this.close(),
      options,
    );
    this.doc.addEventListener(
      'scroll',
      (event) => byUser(event) && this.shown && !this.insideCard && this.close(),
      options,
    );
    signal.addEventListener('abort', () => this.close());
  }

  /** The card reports the pointer entering or leaving it. */
  setInsideCard(inside: boolean): void {
    this.insideCard = inside;
    if (inside) this.cancelHide();
    else this.scheduleHide();
  }

  /** Opens the card at once for `mention` (the keyboard shortcut), with focus in the card. */
  openFor(mention: Mention): void {
    clearTimeout(this.dwellTimer);
    this.cancelHide();
    const range = this.doc.createRange();
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    this.current = mention;
    this.shown = true;
    this.view.show(mention, range.getBoundingClientRect(), true);
  }

  close(): void {
    clearTimeout(this.dwellTimer);
    this.cancelHide();
    this.current = undefined;
    this.insideCard = false;
    if (this.shown) this.view.hide();
    this.shown = false;
  }

  private onMove(event: PointerEvent): void {
    this.x = event.clientX;
    this.y = event.clientY;
    // Hit-test once a frame at most, however fast the pointer moves.
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.check();
    });
  }

  private mentionAtPointer(): { mention: Mention; range: Range } | undefined {
    const hit = caretAt(this.doc, this.x, this.y);
    if (!hit) return undefined;
    const mention = this.index.at(hit.node, hit.offset);
    if (!mention || !mention.node.isConnected) return undefined;
    const range = this.doc.createRange();
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    return rangeContainsPoint(range, this.x, this.y) ? { mention, range } : undefined;
  }

  private check(): void {
    if (this.insideCard || !this.alive()) return;
    // A page without marks is never hit-tested.
    const found = this.index.empty ? undefined : this.mentionAtPointer();
    if (found && found.mention === this.current) {
      this.cancelHide();
      return;
    }
    clearTimeout(this.dwellTimer);
    if (!found) {
      if (!this.shown) this.current = undefined;
      else this.scheduleHide();
      return;
    }
    this.current = found.mention;
    const { mention, range } = found;
    this.dwellTimer = setTimeout(() => {
      this.cancelHide();
      this.shown = true;
      this.view.show(mention, range.getBoundingClientRect(), false);
    }, this.timing.dwellMs);
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.close(), this.timing.hideMs);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
