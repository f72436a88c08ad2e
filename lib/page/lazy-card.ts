// A card view that loads the card's code the first time it is shown; calls made meanwhile
// are applied in order once it has arrived.
import type { CardAnchor, CardHandlers, CardState, CardView, CreateCardView } from './card-api';

export class LazyCard implements CardView {
  private view: Promise<CardView> | undefined;
  private removed = false;

  constructor(
    private readonly doc: Document,
    private readonly handlers: CardHandlers,
    private readonly load: () => Promise<CreateCardView>,
    private readonly onError: (error: unknown) => void,
  ) {}

  private ready(): Promise<CardView> {
    this.view ??= this.load().then((create) => create(this.doc, this.handlers));
    return this.view;
  }

  show(state: CardState, anchor: CardAnchor, focus = false): void {
    this.ready().then((view) => !this.removed && view.show(state, anchor, focus), this.onError);
  }

  hide(): void {
    // Nothing to hide before the card's code has ever been asked for.
    void this.view?.then((view) => view.hide(), this.onError);
  }

  remove(): void {
    this.removed = true;
    void this.view?.then((view) => view.remove(), this.onError);
  }
}
