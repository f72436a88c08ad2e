// The hover card, loaded by the content script the first time a card opens (see
// lib/page/card-api.ts). It only registers its factory; the content script drives it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FACTORY, type CreateCardView } from '../lib/page/card-api';
import { CardHost } from '../lib/page/card-host';

export default defineUnlistedScript(() => {
  const create: CreateCardView = (doc, handlers) => new CardHost(doc, handlers);
  (globalThis as { [CARD_FACTORY]?: CreateCardView })[CARD_FACTORY] = create;
});
