import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  FIRST_POLICE_QUERY,
  samePoliceQuery,
  type PoliceListPage,
  type PoliceListQuery,
} from '../lib/dataset/police-summary';
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
  const firstPolice = useRef<{ companyId: string; page: Promise<PoliceListPage> }>();
  useEffect(() => {
    setDetails(undefined);
    api.companyDetails(companyId).then(setDetails, onError);
  }, [api, companyId, reloads]);
  useEffect(() => {
    // The police list's first rows are asked for with the details, not once those are on
    // screen: the section finds them here when it asks. Its error is the section's to show
    // when it asks (hence the catch meanwhile). A saved report changes no police record, so
    // a reload does not ask again.
    const page = api.policeList(companyId, FIRST_POLICE_QUERY);
    page.catch(() => {});
    firstPolice.current = { companyId, page };
  }, [api, companyId]);
  const policeList = useCallback(
    (query: PoliceListQuery) =>
      samePoliceQuery(query, FIRST_POLICE_QUERY) && firstPolice.current?.companyId === companyId
        ? firstPolice.current.page
        : api.policeList(companyId, query),
    [api, companyId],
  );
  const shown = details && details.company.id === companyId ? details : undefined;
  useEffect(() => {
    // The benchmark times the popup up to this mark.
    if (shown) performance.mark('backstory:details-shown');
  }, [shown]);
  if (!shown) return <p class="muted">{i18n.t('loading')}</p>;
  return <CompanyDetails details={shown} policeList={policeList} onReport={onReport} onError={onError} />;
}
