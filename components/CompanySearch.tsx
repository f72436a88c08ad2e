import { formatNumber } from './format';
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { agencySearchIndex, searchAgencies } from '../lib/dataset/police-summary';
import type { PoliceAgency } from '../lib/dataset/schema';
import { searchCompanies } from './company-lookup';
import { agencyPlace } from './PoliceRecordItem';

/** At most this many agencies open together from "show all". */
export const MAX_PLACE_AGENCIES = 200;

/** Search over every company in the dataset by name, and every police agency by name or place. */
export function CompanySearch({
  companies,
  agencies,
  onOpen,
  onOpenPlace,
  onFirstInput,
}: {
  companies: { id: string; name: string }[];
  agencies: PoliceAgency[];
  onOpen: (id: string) => void;
  /** Opens the records of the given agencies. */
  onOpenPlace: (agencyIds: string[]) => void;
  /** The agencies are asked for only once someone types. */
  onFirstInput?: () => void;
}) {
  const [query, setQuery] = useState('');
  const index = useMemo(() => agencySearchIndex(agencies), [agencies]);
  const results = searchCompanies(companies, query, 30);
  const places = searchAgencies(index, query, MAX_PLACE_AGENCIES);
  return (
    <section aria-label={i18n.t('searchAll')} class="search">
      <input
        type="search"
        placeholder={i18n.t('searchPlaceholder', [formatNumber(companies.length)])}
        aria-label={i18n.t('searchAll')}
        value={query}
        onInput={(e) => {
          if (!query) onFirstInput?.();
          setQuery((e.currentTarget as HTMLInputElement).value);
        }}
      />
      {results.length > 0 && (
        <ul class="company-list" aria-label={i18n.t('searchResults')}>
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" class="company-row" data-company={c.id} onClick={() => onOpen(c.id)}>
                <span class="name">{c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {places.length > 0 && (
        <>
          <h2 class="section-title">
            {i18n.t('placeResults')}{' '}
            {places.length > 1 && (
              <button
                type="button"
                class="link-button small"
                data-place="all"
                onClick={() => onOpenPlace(places.map((a) => a.id))}
              >
                {i18n.t('openAllAgencies', [formatNumber(places.length)])}
              </button>
            )}
          </h2>
          <ul class="company-list" aria-label={i18n.t('placeResults')}>
            {places.slice(0, 20).map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  class="company-row"
                  data-agency={a.id}
                  onClick={() => onOpenPlace([a.id])}
                >
                  <span class="name">{a.name}</span> <span class="muted small">{agencyPlace(a)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {query.trim() && results.length === 0 && places.length === 0 && (
        <p class="muted">{i18n.t('noSearchResult')}</p>
      )}
    </section>
  );
}
