import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { CompanyDetails as Details } from '../lib/messages';
import { CompanyDetails } from './CompanyDetails';
import type { PopupApi } from './popup-api';

/** One company's view: asks the background for its details, then shows them. */
export function CompanyView({
  api,
  companyId,
  reloads,
  onReport,
  onError,
}: {
  api: PopupApi;
  companyId: string;
  /** Bumped when the user saved a report, so the view shows it. */
  reloads: number;
  onReport: () => void;
  onError: (error: unknown) => void;
}) {
  const [details, setDetails] = useState<Details | undefined>();
  useEffect(() => {
    setDetails(undefined);
    api.companyDetails(companyId).then(setDetails, onError);
  }, [api, companyId, reloads]);
  const shown = details && details.company.id === companyId ? details : undefined;
  useEffect(() => {
    // The benchmark times the popup up to this mark.
    if (shown) performance.mark('backstory:details-shown');
  }, [shown]);
  if (!shown) return <p class="muted">{i18n.t('loading')}</p>;
  return (
    <CompanyDetails
      details={shown}
      policeWork={() => api.policeWork(companyId)}
      onReport={onReport}
      onError={onError}
    />
  );
}
