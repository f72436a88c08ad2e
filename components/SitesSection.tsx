// The sites where Backstory stays off, and a field to add one.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { siteOf, type Settings } from '../lib/settings/settings';

export function SitesSection({
  settings,
  save,
  setStatus,
}: {
  settings: Settings;
  save: (next: Settings) => void;
  setStatus: (status: string) => void;
}) {
  const [newSite, setNewSite] = useState('');
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">{i18n.t('sitesOff')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{i18n.t('noSitesOff')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                aria-label={i18n.t('siteBackOn', [site])}
                onClick={() =>
                  save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const site = siteOf(newSite.replace(/^https?:\/\//, '').split('/')[0] ?? '');
          if (!site || !site.includes('.')) {
            setStatus(i18n.t('enterSite'));
            return;
          }
          save({ ...settings, disabledSites: [...new Set([...settings.disabledSites, site])].sort() });
          setNewSite('');
        }}
      >
        <input
          aria-label={i18n.t('siteToTurnOff')}
          placeholder="example.com"
          value={newSite}
          onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{i18n.t('add')}</button>
      </form>
    </section>
  );
}
