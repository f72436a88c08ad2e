// The one element Backstory adds to a page: a shadow host for the hover card, created the
// first time a card opens. Placed with Floating UI: below the name, flipped above it at the
// viewport's bottom, shifted inside the viewport's sides, never over the name itself.
// The page is not trusted: the shadow root is closed (its script can neither read nor
// rewrite the card) and the card acts only on events the user made (`isTrusted`).
import { i18n } from '#i18n';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { CardAnchor, CardHandlers, CardState, CardView, CreateCardView } from '../lib/page/card-api';
import { cardTheme } from '../lib/page/theme';
import { CARD_CSS } from './card-styles';
import { HoverCard } from './HoverCard';

const GAP = 6;
const MARGIN = 8;

export class CardHost implements CardView {
  private host: HTMLElement | undefined;
  private frame: HTMLElement | undefined;
  private placing = 0;

  constructor(
    private readonly doc: Document,
    private readonly handlers: CardHandlers,
  ) {}

  private ensureFrame(): HTMLElement {
    if (this.frame && this.host) {
      // A page that takes the host away does not switch the card off: it is put back.
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      return this.frame;
    }
    const host = this.doc.createElement('backstory-root');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    frame.addEventListener('pointerenter', (event) => event.isTrusted && this.handlers.onPointerInside(true));
    frame.addEventListener(
      'pointerleave',
      (event) => event.isTrusted && this.handlers.onPointerInside(false),
    );
    shadow.append(style, frame);
    this.doc.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }

  /** Renders the card next to the name; `focus` moves keyboard focus into it (the shortcut). */
  show(state: CardState, anchor: CardAnchor, focus = false): void {
    const frame = this.ensureFrame();
    const view = this.doc.defaultView ?? window;
    const style = anchor.element ? view.getComputedStyle(anchor.element) : undefined;
    // The card's words run in the direction of their own language; on a right-to-left page
    // the card lines up with the name's right edge, where that page's lines begin.
    const pageRtl = style?.direction === 'rtl';
    frame.dir = i18n.t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    frame.dataset.pageDir = pageRtl ? 'rtl' : 'ltr';
    frame.dataset.theme = cardTheme(
      { backgrounds: this.backgroundsFrom(anchor.element), colorScheme: style?.colorScheme ?? 'normal' },
      view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    );
    render(
      <HoverCard
        state={state}
        onDetails={(companyId, event) => event.isTrusted && this.handlers.onDetails(companyId)}
        onClose={(event) => event.isTrusted && this.handlers.onClose()}
      />,
      frame,
    );
    frame.hidden = false;
    const reference = { getBoundingClientRect: () => anchor.rect };
    const placing = ++this.placing;
    void computePosition(reference, frame, {
      strategy: 'fixed',
      placement: pageRtl ? 'bottom-end' : 'bottom-start',
      middleware: [offset(GAP), flip({ padding: MARGIN }), shift({ padding: MARGIN })],
    }).then(({ x, y }) => {
      if (placing !== this.placing) return; // a newer card took its place
      frame.style.left = `${x}px`;
      frame.style.top = `${y}px`;
      if (focus) frame.querySelector<HTMLElement>('.details, .close')?.focus();
    });
  }

  /** Background colours from the name's element out to the root: the first opaque one is behind the text. */
  private backgroundsFrom(element: Element | null): string[] {
    const view = this.doc.defaultView ?? window;
    const colors: string[] = [];
    for (let e = element; e && colors.length < 12; e = e.parentElement)
      colors.push(view.getComputedStyle(e).backgroundColor);
    return colors;
  }

  hide(): void {
    this.placing++;
    if (this.frame) {
      this.frame.hidden = true;
      render(null, this.frame);
    }
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
  }
}

export const createCardHost: CreateCardView = (doc, handlers) => new CardHost(doc, handlers);
