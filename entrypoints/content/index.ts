import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadDictionary, type Dictionary } from '../../lib/matcher/dictionary';
import { dispatch, unwrapReply, type PageMentions } from '../../lib/messages';
import { CardHost } from '../../lib/page/card-host';
import { HoverController } from '../../lib/page/hover';
import { MentionIndex } from '../../lib/page/mention-index';
import { PageSession } from '../../lib/page/page-session';
import { activeOn, enabledCategoryMask, siteOf, type Settings } from '../../lib/settings/settings';
import { readSettings, watchSettings } from '../../lib/settings/store';
import './style.css';

const HIDE_MS = 300;
const packaged = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** The compiled dictionary: fetched as bytes and read in place (see wxt.config.ts). */
async function fetchDictionary(): Promise<{ bytes: ArrayBuffer; fetchedAt: number }> {
  const response = await fetch(packaged('/dictionary.bin'));
  if (!response.ok) throw new Error(`dictionary: ${response.status}`);
  return { bytes: await response.arrayBuffer(), fetchedAt: performance.now() };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const host = location.hostname;
    const isTop = window.top === window;
    const index = new MentionIndex();
    const abort = new AbortController();
    let settings: Settings = await readSettings();
    let dictionary: Promise<Dictionary> | undefined;
    let session: Promise<PageSession> | undefined;
    let ownSiteCompanyId: string | null = null;

    const look = () => ({
      categoryMask: enabledCategoryMask(settings),
      highlightStyle: settings.highlightStyle,
    });
    // Only the top frame speaks for the tab's badge.
    const reportCount = (count: number) => {
      if (isTop) void browser.runtime.sendMessage({ type: 'reportPageCompanies', count, ownSiteCompanyId });
    };

    const startSession = () =>
      (session ??= (dictionary ??= fetchDictionary().then(({ bytes }) => loadDictionary(bytes))).then(
        (dict) => {
          if (ctx.isInvalid) throw new Error('Backstory was reloaded');
          // The first task is timed from here: decoding the dictionary is part of it.
          const startedAt = performance.now();
          ownSiteCompanyId = dict.ownerOfSite(host) ?? null;
          const created = new PageSession(document, dict, () => ctx.isInvalid, startedAt, index, reportCount);
          created.configure(look());
          void created.start();
          return created;
        },
      ));
    const stopSession = () => {
      const running = session;
      session = undefined;
      hover.close();
      void running?.then((s) => s.stop());
      reportCount(0);
    };

    const pageMentions = async (): Promise<PageMentions> => {
      const active = activeOn(settings, host);
      const current = active ? await session : undefined;
      if (current) await current.settled();
      return {
        companies: current?.companiesNamed() ?? [],
        site: siteOf(host),
        active,
        ownSiteCompanyId: current ? ownSiteCompanyId : null,
      };
    };

    // Listening from the start: the popup and tests may ask before the dictionary arrives.
    const self = { id: browser.runtime.id, pagesOrigin: packaged('/') };
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) =>
      dispatch(message, sender, self, {
        getPageMentions: pageMentions,
        getPageInfo: async () => ({ url: location.href, title: document.title }),
        showCardAtSelection: async () => {
          const selection = getSelection();
          if (!selection || selection.rangeCount === 0) return false;
          const range = selection.getRangeAt(0);
          const mention =
            index.at(range.startContainer, range.startOffset) ??
            index.at(range.endContainer, range.endOffset);
          if (!mention) return false;
          hover.openFor(mention);
          return true;
        },
        getScanStats: async () => {
          const current = await (session ?? Promise.reject(new Error('Backstory is off on this page')));
          await current.settled();
          return current.stats();
        },
      });
    browser.runtime.onMessage.addListener(onMessage);

    const card = new CardHost(document, {
      onDetails: (companyId) => void browser.runtime.sendMessage({ type: 'openDetails', companyId }),
      onClose: () => hover.close(),
      onPointerInside: (inside) => hover.setInsideCard(inside),
    });
    const hover = new HoverController(
      document,
      index,
      {
        show(mention, rect, focus) {
          // The page's own words stand for the name until the background answers.
          const name = mention.text;
          const anchor = { rect, element: mention.node.parentElement };
          card.show({ status: 'loading', name }, anchor);
          browser.runtime
            .sendMessage({ type: 'getCompanySummary', companyId: mention.companyId })
            .then((reply) =>
              card.show({ status: 'ready', summary: unwrapReply(reply, 'getCompanySummary') }, anchor, focus),
            )
            .catch((error: unknown) =>
              card.show({ status: 'failed', name, error: String(error) }, anchor, focus),
            );
        },
        hide: () => card.hide(),
      },
      { dwellMs: settings.hoverDelayMs, hideMs: HIDE_MS },
    );
    hover.listen(abort.signal);

    watchSettings((next) => {
      settings = next;
      hover.setTiming({ dwellMs: next.hoverDelayMs, hideMs: HIDE_MS });
      if (!activeOn(next, host)) stopSession();
      else if (session) void session.then((s) => s.configure(look()));
      else void startSession();
    }, abort.signal);

    ctx.onInvalidated(() => {
      abort.abort();
      void session?.then((s) => s.stop());
      card.remove();
      browser.runtime.onMessage.removeListener(onMessage);
    });
    if (activeOn(settings, host)) await startSession();
  },
});
