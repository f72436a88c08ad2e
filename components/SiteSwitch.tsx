import { i18n } from '#i18n';
import type { PageMentions } from '../lib/messages';

/** Whether Backstory marks the page's site, with the one-click switch for it. */
export function SiteSwitch({
  mentions,
  enabled,
  onToggle,
}: {
  mentions: PageMentions;
  /** False when the user switched Backstory off everywhere: no site switch then. */
  enabled: boolean;
  onToggle: (site: string) => void;
}) {
  return (
    <div class="site-switch small">
      <span class="muted" data-site-state={mentions.active ? 'on' : 'off'}>
        {mentions.active
          ? i18n.t('markingOn', [mentions.site])
          : enabled
            ? i18n.t('offOn', [mentions.site])
            : i18n.t('switchedOff')}
      </span>
      {enabled && (
        <button type="button" class="link-button" onClick={() => onToggle(mentions.site)}>
          {mentions.active ? i18n.t('turnOffSite') : i18n.t('turnOnSite')}
        </button>
      )}
    </div>
  );
}
