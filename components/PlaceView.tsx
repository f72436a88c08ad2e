// The search by place: the agencies found, each with every technology and vendor on record.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { AgencyRecords } from '../lib/messages';
import { agencyPlace, PoliceRecordItem } from './PoliceRecordItem';
import type { PopupApi } from './popup-api';

export function PlaceView({
  api,
  agencyIds,
  onOpenCompany,
  onError,
}: {
  api: PopupApi;
  agencyIds: string[];
  onOpenCompany: (id: string) => void;
  onError: (error: unknown) => void;
}) {
  const [found, setFound] = useState<AgencyRecords | undefined>();
  useEffect(() => {
    setFound(undefined);
    api.agencyRecords(agencyIds).then(setFound, onError);
  }, [api, agencyIds.join(' ')]);
  if (!found) return <p class="muted">{i18n.t('loading')}</p>;
  const names = new Map(found.companies.map((c) => [c.id, c.name]));
  const order = new Map(agencyIds.map((id, i) => [id, i]));
  const agencies = [...found.agencies].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return (
    <article class="details place" aria-label={i18n.t('placeResults')}>
      <h2>{i18n.t('placeResults')}</h2>
      {found.records.length === 0 && <p class="muted">{i18n.t('noPlaceRecords')}</p>}
      {agencies.map((agency) => {
        const records = found.records
          .filter((r) => r.agencyId === agency.id)
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
        return (
          <section key={agency.id} data-agency={agency.id} aria-label={agency.name}>
            <h3>{agency.name}</h3>
            <p class="muted small">{[agencyPlace(agency), agency.kind].filter(Boolean).join(' · ')}</p>
            <ul class="items">
              {records.map((record) => (
                <PoliceRecordItem
                  key={record.id}
                  record={record}
                  agency={agency}
                  underAgency
                  vendor={
                    record.companyIds.length === 0 ? (
                      <span class="muted">{record.vendor || i18n.t('vendorNotNamed')}</span>
                    ) : (
                      record.companyIds.map((id, i) => (
                        <>
                          {i > 0 && ', '}
                          <button
                            type="button"
                            class="link-button"
                            data-company={id}
                            onClick={() => onOpenCompany(id)}
                          >
                            {names.get(id) ?? id}
                          </button>
                        </>
                      ))
                    )
                  }
                />
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
