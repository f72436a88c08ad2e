import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { FIRST_POLICE_QUERY, type PoliceListPage, type PoliceListQuery } from '../lib/dataset/police-summary';
import type { CompanyDetails as Details } from '../lib/messages';
import { CompanyDetails } from './CompanyDetails';
import type { PopupApi } from './popup-api';

interface Loaded {
  details: Details;
  /** The police list's first rows; undefined when they could not be read. */
  firstPolice: PoliceListPage | undefined;
}

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
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    setLoaded(undefined);
    // The police list's first rows are asked for with the details and shown with them, so a
    // big vendor's view arrives whole. Without them, the section asks again and shows why.
    const details = api.companyDetails(companyId);
    const firstPolice = api.policeList(companyId, FIRST_POLICE_QUERY).catch(() => undefined);
    Promise.all([details, firstPolice]).then(
      ([details, police]) => setLoaded({ details, firstPolice: police }),
      onError,
    );
  }, [api, companyId, reloads]);
  const policeList = useCallback(
    (query: PoliceListQuery) => api.policeList(companyId, query),
    [api, companyId],
  );
  const shown = loaded && loaded.details.company.id === companyId ? loaded : undefined;
  useEffect(() => {
    // The benchmark times the popup up to this mark.
    if (shown) performance.mark('backstory:details-shown');
  }, [shown]);
  if (!shown) return <p class="muted">{i18n.t('loading')}</p>;
  return (
    <CompanyDetails
      details={shown.details}
      firstPolice={shown.firstPolice}
      policeList={policeList}
      onReport={onReport}
      onError={onError}
    />
  );
}
