// The one element Backstory adds to a page: a shadow host for the hover card, created the
// first time a card opens.
import { render } from 'preact';
import { CARD_CSS } from '../../components/card-styles';
import { HoverCard, type CardState } from '../../components/HoverCard';

const GAP = 6;
const MARGIN = 8;

export class CardHost {
  private host: HTMLElement | undefined;
  private frame: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly handlers: {
      onDetails: (id: string) => void;
      onClose: () => void;
      onPointerInside: (inside: boolean) => void;
    },
  ) {}

  private ensureFrame(): HTMLElement {
    if (this.frame) return this.frame;
    const host = this.doc.createElement('backstory-root');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    frame.addEventListener('pointerenter', () => this.handlers.onPointerInside(true));
    frame.addEventListener('pointerleave', () => this.handlers.onPointerInside(false));
    shadow.append(style, frame);
    this.doc.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }

  /** Renders the card and places it below the word, or above when there is no room. */
  show(state: CardState, anchor: DOMRect): void {
    const frame = this.ensureFrame();
    render(
      <HoverCard state={state} onDetails={this.handlers.onDetails} onClose={this.handlers.onClose} />,
      frame,
    );
    frame.hidden = false;
    const { innerWidth, innerHeight } = this.doc.defaultView ?? window;
    const { width, height } = frame.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + height + MARGIN <= innerHeight ? below : Math.max(MARGIN, anchor.top - GAP - height);
    const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, innerWidth - width - MARGIN));
    frame.style.top = `${top}px`;
    frame.style.left = `${left}px`;
  }

  hide(): void {
    if (this.frame) {
      this.frame.hidden = true;
      render(null, this.frame);
    }
  }

  get visible(): boolean {
    return Boolean(this.frame && !this.frame.hidden);
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
  }
}
