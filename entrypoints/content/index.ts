import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadDictionary } from '../../lib/matcher/dictionary';
import { dispatch, unwrapReply } from '../../lib/messages';
import { CardHost } from '../../lib/page/card-host';
import { HoverController } from '../../lib/page/hover';
import { MentionIndex } from '../../lib/page/mention-index';
import { PageSession } from '../../lib/page/page-session';
import './style.css';

const packaged = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** The compiled dictionary: fetched as bytes and read in place (see wxt.config.ts). */
async function fetchDictionary(): Promise<ArrayBuffer> {
  const response = await fetch(packaged('/dictionary.bin'));
  if (!response.ok) throw new Error(`dictionary: ${response.status}`);
  return response.arrayBuffer();
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    let session: PageSession | undefined;
    const index = new MentionIndex();
    const ready = fetchDictionary().then((bytes) => {
      if (ctx.isInvalid) throw new Error('Backstory was reloaded');
      // The first task is timed from here: decoding the dictionary is part of it.
      const startedAt = performance.now();
      // Only the top frame speaks for the tab's badge.
      const reportCount = (count: number) => {
        if (window.top === window) void browser.runtime.sendMessage({ type: 'reportPageCompanies', count });
      };
      session = new PageSession(
        document,
        loadDictionary(bytes),
        () => ctx.isInvalid,
        startedAt,
        index,
        reportCount,
      );
      void session.start();
      return session;
    });

    // Listening from the start: the popup and tests may ask before the dictionary arrives.
    const self = { id: browser.runtime.id, pagesOrigin: packaged('/') };
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) =>
      dispatch(message, sender, self, {
        getPageMentions: async () => {
          const current = await ready;
          await current.settled();
          return current.pageMentions();
        },
        getScanStats: async () => {
          const current = await ready;
          await current.settled();
          return current.stats();
        },
      });
    browser.runtime.onMessage.addListener(onMessage);

    const abort = new AbortController();
    const card = new CardHost(document, {
      onDetails: (companyId) => void browser.runtime.sendMessage({ type: 'openDetails', companyId }),
      onClose: () => hover.close(),
      onPointerInside: (inside) => hover.setInsideCard(inside),
    });
    const hover = new HoverController(
      document,
      index,
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
    ctx.onInvalidated(() => {
      abort.abort();
      session?.stop();
      card.remove();
      browser.runtime.onMessage.removeListener(onMessage);
    });
    await ready;
  },
});
