// Backstory in the page: marks company names, opens the card on hover, answers the popup.
// It is declared in the manifest by hand (wxt.config.ts) and built as a plain script rather
// than through WXT's content-script wrapper, which posts a window message on every page
// (2–4 ms of the page's time, and the extension's id shown to the page's own scripts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dispatchPageRequest, messageClient, type PageMentions } from '../lib/messages';
import { loadCardFactory } from '../lib/page/card-api';
import { extensionApi } from '../lib/page/extension-api';
import { LazyCard } from '../lib/page/lazy-card';
import { HoverController } from '../lib/page/hover';
import { ExtensionLifetime } from '../lib/page/lifetime';
import { MentionIndex } from '../lib/page/mention-index';
import { PageSession } from '../lib/page/page-session';
import { yieldByTimer } from '../lib/page/slicer';
import { RemoteMatching } from '../lib/page/remote-matching';
import {
  activeOn,
  enabledCategoryMask,
  parseSettings,
  siteOf,
  type Settings,
} from '../lib/settings/settings';
import { readSettings } from '../lib/settings/store';

const HIDE_MS = 300;
/**
 * The card's code. Chrome loads it the first time a card opens (most pages never show one,
 * and every page would evaluate it). Firefox's add-on review refuses a module imported from
 * a computed address, so there it is part of this script (in-page.js 21 KB -> 54 KB).
 */
const loadCard = import.meta.env.FIREFOX
  ? async () => (await import('../components/CardHost')).createCardHost
  : () => loadCardFactory(packaged('/card.js'));
const packaged = (path: string) => (extensionApi.runtime.getURL as (path: string) => string)(path);

export default defineUnlistedScript(async () => {
  // The task in which the browser compiles and runs this script ends before the page or the
  // extension API is first touched: the objects the browser builds for them and the storage
  // read run in a task of their own, which times itself for the stats (traces of 15 pages:
  // the first task's CPU time 3.9 -> 3.3 ms median, the second 1.0 ms; see yieldByTimer).
  await yieldByTimer();
  const setupStartedAt = performance.now();
  const host = location.hostname;
  const isTop = window.top === window;
  const index = new MentionIndex();
  // The settings are read from storage here: a storage read costs the page less than a
  // message to the background (no message channel to open; measured in a trace of the page's
  // main thread). The background passes on every later change.
  const settingsRead = readSettings(extensionApi.storage);
  const setupMs = performance.now() - setupStartedAt;
  let settings: Settings = await settingsRead;
  // The task that brings the settings sets up the rest (the runtime API first touched here)
  // and starts the scan: all of it counts as the scan's first slice.
  const settingsArrivedAt = performance.now();
  const lifetime = new ExtensionLifetime(extensionApi.runtime);
  let session: PageSession | undefined;
  // The background holds the dictionary: the page sends its text and gets the matches.
  const messages = messageClient(extensionApi);
  const matching = new RemoteMatching(host, (request) => messages.ask(request));

  const look = () => ({
    categoryMask: enabledCategoryMask(settings),
    highlightStyle: settings.highlightStyle,
  });
  // Only the top frame speaks for the tab's badge.
  // A page starts with a blank badge (the browser clears it on navigation), so a first
  // "no companies here" needs no message.
  let badgeSet = false;
  const reportCount = (count: number) => {
    const ownSiteCompanyId = matching.ownSiteCompanyId;
    if (!isTop || (!badgeSet && count === 0 && ownSiteCompanyId === null)) return;
    badgeSet = true;
    messages.tell({ type: 'reportPageCompanies', count, ownSiteCompanyId });
  };

  const startSession = (taskStartedAt = performance.now()) => {
    if (session) return;
    session = new PageSession(
      document,
      matching,
      () => !lifetime.alive,
      taskStartedAt,
      index,
      (count) => {
        if (count > 0) watchPointer();
        reportCount(count);
      },
    );
    session.configure(look());
    void session.start();
  };
  const stopSession = () => {
    if (!session) return;
    session.stop();
    session = undefined;
    hover.close();
    reportCount(0);
  };

  const pageMentions = async (): Promise<PageMentions> => {
    const active = activeOn(settings, host);
    const current = active ? session : undefined;
    if (current) await current.settled();
    return {
      companies: current?.companiesNamed() ?? [],
      site: siteOf(host),
      active,
      ownSiteCompanyId: current ? matching.ownSiteCompanyId : null,
    };
  };

  // Listening from the start: the popup and tests may ask before the first scan is done.
  // The answer goes back through sendResponse: the one way both browsers take.
  const self = { id: extensionApi.runtime.id };
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    void dispatchPageRequest(message, sender, self, {
      getPageMentions: pageMentions,
      getPageInfo: async () => ({ url: location.href, title: document.title }),
      showCardAtSelection: async () => {
        const selection = getSelection();
        if (!selection || selection.rangeCount === 0) return false;
        const range = selection.getRangeAt(0);
        const mention =
          index.at(range.startContainer, range.startOffset) ?? index.at(range.endContainer, range.endOffset);
        if (!mention) return false;
        hover.openFor(mention);
        return true;
      },
      getScanStats: async () => {
        if (!session) throw new Error('Backstory is off on this page');
        const current = session;
        await current.settled();
        return current.stats();
      },
      settingsChanged: async (request) => {
        applySettings(parseSettings(request.settings));
        return null;
      },
    }).then(sendResponse);
    return true;
  };
  extensionApi.runtime.onMessage.addListener(onMessage);

  const card = new LazyCard(
    document,
    {
      onDetails: (companyId) => messages.tell({ type: 'openDetails', companyId }),
      onClose: () => hover.close(),
      onPointerInside: (inside) => hover.setInsideCard(inside),
    },
    loadCard,
    (error) => console.warn('Backstory: the card could not open', error),
  );
  const hover = new HoverController(
    document,
    index,
    {
      show(mention, rect, focus) {
        // The page's own words stand for the name until the background answers.
        const name = mention.text;
        const anchor = { rect, element: mention.node.parentElement };
        card.show({ status: 'loading', name }, anchor);
        messages
          .ask({ type: 'getCompanySummary', companyId: mention.companyId })
          .then((summary) => card.show({ status: 'ready', summary }, anchor, focus))
          .catch((error: unknown) =>
            card.show({ status: 'failed', name, error: String(error) }, anchor, focus),
          );
      },
      hide: () => card.hide(),
    },
    { dwellMs: settings.hoverDelayMs, hideMs: HIDE_MS },
  );
  // A page without marks has nothing to hover: the pointer is watched once there are some.
  let watchingPointer = false;
  function watchPointer(): void {
    if (watchingPointer) return;
    watchingPointer = true;
    hover.listen(lifetime.signal, () => lifetime.alive);
  }

  function applySettings(next: Settings): void {
    settings = next;
    hover.setTiming({ dwellMs: next.hoverDelayMs, hideMs: HIDE_MS });
    if (!activeOn(next, host)) stopSession();
    else if (session) session.configure(look());
    else startSession();
  }

  // The page's listeners go with the lifetime's signal; messages cannot arrive any more.
  lifetime.onEnd(() => {
    session?.stop();
    card.remove();
  });
  if (activeOn(settings, host)) {
    startSession(settingsArrivedAt);
    // The setup task belongs to the session the page starts with, not to one started later.
    session?.countEarlierTask(setupMs);
  }
});
