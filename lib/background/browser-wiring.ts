// The background's reach into the browser, each piece a small function of the API it needs:
// the toolbar button, the details tab, and passing changed settings on to every page.
import type { MessageClient } from '../messages';
import type { Settings } from '../settings/settings';
import type { BadgeState } from './badge';

/** The toolbar button's calls this uses. */
interface ToolbarButton {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}
interface Tabs {
  create(details: { url: string }): Promise<unknown>;
  query(filter: object): Promise<{ id?: number }[]>;
}

/** Shows a badge on the tab's toolbar button (MV3 calls it action, Firefox's MV2 browserAction). */
export async function showBadge(
  api: { action?: ToolbarButton; browserAction?: ToolbarButton },
  tabId: number,
  { text, title, color }: BadgeState,
) {
  const button = api.action ?? api.browserAction;
  if (!button) throw new Error('no toolbar button');
  await Promise.all([
    button.setBadgeText({ tabId, text }),
    button.setBadgeBackgroundColor({ tabId, color }),
    button.setTitle({ tabId, title }),
  ]);
}

/** The company's view in a tab of its own, told which tab it describes. */
export async function openDetailsTab(
  api: { tabs: Tabs },
  popupUrl: string,
  companyId: string,
  fromTabId: number | undefined,
): Promise<void> {
  const query = new URLSearchParams({ company: companyId });
  if (fromTabId !== undefined) query.set('tab', String(fromTabId));
  await api.tabs.create({ url: `${popupUrl}?${query}` });
}

/** Every frame of every tab gets the new settings at once; a tab without Backstory is passed over. */
export async function broadcastSettings(
  api: { tabs: Tabs },
  messages: MessageClient,
  settings: Settings,
): Promise<void> {
  const tabs = await api.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : messages.askTab(tab.id, { type: 'settingsChanged', settings }, null).catch(() => undefined),
    ),
  );
}
