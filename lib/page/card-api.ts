// The hover card's code is not part of the content script: it is loaded the first time a
// card opens (most pages never show one), so that every page evaluates less. This is the
// contract between the two: the card module registers a factory under a private symbol in
// the content script's own (isolated) global scope.
import type { CompanySummary } from '../messages';

/** What the card shows: the page's own words for the name until the background answers. */
export type CardState =
  | { status: 'loading'; name: string }
  | { status: 'ready'; summary: CompanySummary }
  | { status: 'failed'; name: string; error: string };

/** Where the card points: the name's box, and the element holding it (for direction and theme). */
export interface CardAnchor {
  rect: DOMRect;
  element: Element | null;
}

export interface CardHandlers {
  onDetails: (id: string) => void;
  onClose: () => void;
  onPointerInside: (inside: boolean) => void;
}

export interface CardView {
  show(state: CardState, anchor: CardAnchor, focus?: boolean): void;
  hide(): void;
  remove(): void;
}

export type CreateCardView = (doc: Document, handlers: CardHandlers) => CardView;

export const CARD_FACTORY = Symbol.for('backstory.card-factory');

/** Loads the card module once and returns its factory. */
export async function loadCardFactory(moduleUrl: string): Promise<CreateCardView> {
  const scope = globalThis as { [CARD_FACTORY]?: CreateCardView };
  if (!scope[CARD_FACTORY]) await import(/* @vite-ignore */ moduleUrl);
  const factory = scope[CARD_FACTORY];
  if (!factory) throw new Error('the card module did not load');
  return factory;
}
