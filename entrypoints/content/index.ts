import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadDictionary } from '../../lib/matcher/dictionary';
import { dispatch, unwrapReply } from '../../lib/messages';
import { CardHost } from '../../lib/page/card-host';
import { HoverController } from '../../lib/page/hover';
import { PageSession } from '../../lib/page/page-session';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    // Compiled at build time, fetched as bytes and read in place (see wxt.config.ts).
    const response = await fetch((browser.runtime.getURL as (path: string) => string)('/dictionary.bin'));
    if (ctx.isInvalid) return;
    // The first task is timed from here: decoding the dictionary is part of it.
    const startedAt = performance.now();
    const dictionary = loadDictionary(await response.arrayBuffer());
    const session = new PageSession(document, dictionary, () => ctx.isInvalid, startedAt);
    const abort = new AbortController();

    const card = new CardHost(document, {
      onDetails: (companyId) => void browser.runtime.sendMessage({ type: 'openDetails', companyId }),
      onClose: () => hover.close(),
      onPointerInside: (inside) => hover.setInsideCard(inside),
    });
    const hover = new HoverController(
      document,
      session.index,
      {
        show(mention, anchor) {
          // The page's own words stand for the name until the background answers.
          const name = mention.text;
          card.show({ status: 'loading', name }, anchor);
          browser.runtime
            .sendMessage({ type: 'getCompanySummary', companyId: mention.companyId })
            .then((reply) =>
              card.show({ status: 'ready', summary: unwrapReply(reply, 'getCompanySummary') }, anchor),
            )
            .catch((error: unknown) => card.show({ status: 'failed', name, error: String(error) }, anchor));
        },
        hide: () => card.hide(),
      },
      { dwellMs: 500, hideMs: 300 },
    );
    hover.listen(abort.signal);

    const self = { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('/') };
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) =>
      dispatch(message, sender, self, {
        getPageMentions: async () => {
          await session.settled();
          return session.pageMentions();
        },
        getScanStats: async () => {
          await session.settled();
          return session.stats();
        },
      });
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      abort.abort();
      session.stop();
      card.remove();
      browser.runtime.onMessage.removeListener(onMessage);
    });
    void session.start();
  },
});
