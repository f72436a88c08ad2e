// "Update the dataset between releases": off until the user turns it on, with what it does in
// one sentence, a "Check now" button, the last check's time and result, and the dataset in use.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { UpdateStatus } from '../lib/messages';
import type { UpdateRefusal } from '../lib/updates/manifest';
import type { LastCheck } from '../lib/updates/update-state';
import { formatDate } from './format';
import type { OptionsApi } from './options-api';

export function UpdatesSection({ api, onDatasetChange }: { api: OptionsApi; onDatasetChange: () => void }) {
  const [status, setStatus] = useState<UpdateStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    api.updateStatus().then(setStatus, (e: unknown) => setError(String(e)));
  }, [api]);
  if (!status) return null;
  const host = new URL(status.address).host;
  const run = (action: () => Promise<UpdateStatus | false>) => {
    setBusy(true);
    setError('');
    action()
      .then((next) => {
        if (next === false) setError(i18n.t('updatesPermissionRefused'));
        else {
          const changed = next.dataset?.meta.version !== status.dataset?.meta.version;
          setStatus(next);
          if (changed) onDatasetChange();
        }
      })
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setBusy(false));
  };
  const { state, dataset } = status;
  return (
    <section aria-labelledby="updates">
      <h2 id="updates">{i18n.t('updatesTitle')}</h2>
      <label class="check">
        <input
          type="checkbox"
          name="dataset-updates"
          checked={state.enabled}
          disabled={busy}
          onChange={(e) => {
            const enabled = (e.currentTarget as HTMLInputElement).checked;
            run(() => api.setUpdates(enabled));
          }}
        />{' '}
        {i18n.t('updatesToggle')}
      </label>
      <p class="muted small">{i18n.t('updatesWhat', [host])}</p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <dl class="update-facts" data-updates={state.enabled ? 'on' : 'off'}>
        <dt>{i18n.t('updatesInUse')}</dt>
        <dd data-in-use={dataset?.meta.version ?? ''}>
          {dataset
            ? i18n.t(dataset.source === 'update' ? 'updatesDownloaded' : 'updatesPackaged', [
                dataset.meta.version,
                dataset.issued ? formatDate(dataset.issued.slice(0, 10)) : '—',
              ])
            : '—'}
        </dd>
        {state.enabled && (
          <>
            <dt>{i18n.t('updatesLastCheck')}</dt>
            <dd data-last-check={state.lastCheck?.outcome ?? 'none'}>
              {state.lastCheck ? lastCheckText(state.lastCheck) : i18n.t('updatesNever')}
            </dd>
          </>
        )}
      </dl>
      {state.enabled && (
        <button
          type="button"
          class="check-now"
          disabled={busy}
          onClick={() => run(() => api.checkUpdateNow())}
        >
          {busy ? i18n.t('updatesChecking') : i18n.t('updatesCheckNow')}
        </button>
      )}
    </section>
  );
}

function lastCheckText(last: LastCheck): string {
  const when = new Date(last.at).toLocaleString();
  switch (last.outcome) {
    case 'applied':
      return i18n.t('updatesApplied', [when, last.version]);
    case 'upToDate':
      return i18n.t('updatesUpToDate', [when]);
    case 'skipped':
      return i18n.t(last.why === 'offline' ? 'updatesOffline' : 'updatesNoPermission', [when]);
    case 'refused':
      return i18n.t('updatesRefused', [when, refusalText(last.refusal)]);
  }
}

/** Why an update was refused, in words. */
export function refusalText(refusal: UpdateRefusal): string {
  switch (refusal.reason) {
    case 'badSignature':
      return i18n.t('refusedSignature');
    case 'badManifest':
      return i18n.t('refusedManifest', [refusal.detail]);
    case 'notNewer':
      return i18n.t('refusedNotNewer');
    case 'wrongExtension':
      return i18n.t('refusedExtension', [refusal.min, refusal.below]);
    case 'tooLarge':
      return i18n.t('refusedTooLarge', [refusal.file]);
    case 'sizeMismatch':
      return i18n.t('refusedSize', [refusal.file]);
    case 'hashMismatch':
      return i18n.t('refusedHash', [refusal.file]);
    case 'badDataset':
      return i18n.t('refusedDataset', [refusal.detail]);
    case 'http':
      return i18n.t('refusedHttp', [String(refusal.status)]);
    case 'timeout':
      return i18n.t('refusedTimeout');
    case 'network':
      return i18n.t('refusedNetwork', [refusal.detail]);
  }
}
