// Backstory in a page, put together: the scan and its marks, the hover card, the toolbar
// count, and the answers to the popup and the background. The content script
// (entrypoints/in-page.ts) reads the settings and hands over the browser's pieces; the order
// in which this touches them is the one the page pays least for (see that file).
import type { CreateCardView } from './card-api';
import { dispatchPageRequest, messageClient, type MessagePorts } from '../messages';
import type { PageMentions } from './page-state';
import { activeOn, enabledCategoryMask, parseSettings, siteOf, type Settings } from '../settings/settings';
import { HoverController } from './hover';
import { LazyCard } from './lazy-card';
import { ExtensionLifetime } from './lifetime';
import type { MentionIndex } from './mention-index';
import { PageSession } from './page-session';
import { RemoteMatching } from './remote-matching';

const HIDE_MS = 300;

/** The extension API as far as a page's Backstory uses it. */
export interface InPageApi extends MessagePorts {
  runtime: MessagePorts['runtime'] & {
    readonly id?: string;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: { id?: string },
          sendResponse: (reply: unknown) => void,
        ) => boolean,
      ): void;
    };
  };
}

export interface InPageStart {
  doc: Document;
  /** The page's host name, and whether this frame is the tab's top one (it speaks for the badge). */
  host: string;
  isTop: boolean;
  index: MentionIndex;
  settings: Settings;
  /** When the task that brought the settings began, and how long the script's setup task took. */
  settingsArrivedAt: number;
  setupMs: number;
  loadCard: () => Promise<CreateCardView>;
}

export function runInPage(api: InPageApi, start: InPageStart): void {
  const { doc, host, isTop, index, settingsArrivedAt, setupMs, loadCard } = start;
  const lifetime = new ExtensionLifetime(api.runtime);
  let session: PageSession | undefined;
  let settings = start.settings;
  // The background holds the dictionary: the page sends its text and gets the matches.
  const messages = messageClient(api);
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
      doc,
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
  const self = { id: api.runtime.id ?? '' };
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    void dispatchPageRequest(message, sender, self, {
      getPageMentions: pageMentions,
      getPageInfo: async () => ({ url: doc.location?.href ?? '', title: doc.title }),
      showCardAtSelection: async () => {
        const selection = doc.getSelection();
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
  api.runtime.onMessage.addListener(onMessage);

  const card = new LazyCard(
    doc,
    {
      onDetails: (companyId) => messages.tell({ type: 'openDetails', companyId }),
      onClose: () => hover.close(),
      onPointerInside: (inside) => hover.setInsideCard(inside),
    },
    loadCard,
    (error) => console.warn('Backstory: the card could not open', error),
  );
  const hover = new HoverController(
    doc,
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
}
