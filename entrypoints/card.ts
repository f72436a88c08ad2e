// The hover card, loaded by the content script the first time a card opens (see
// lib/page/card-api.ts). It only registers its factory; the content script drives it.
// Chrome only: Firefox's content script holds the card's code itself (entrypoints/in-page.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FACTORY, type CreateCardView } from '../lib/page/card-api';
import { createCardHost } from '../components/CardHost';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    (globalThis as { [CARD_FACTORY]?: CreateCardView })[CARD_FACTORY] = createCardHost;
  },
});
