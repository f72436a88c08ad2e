// A company's police and surveillance work: agencies by technology, agencies by state on a
// tile map, and the records, sortable and filterable by state and technology.
import { formatNumber } from './format';
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  FIRST_POLICE_QUERY,
  type PoliceListPage,
  type PoliceListQuery,
  type PoliceSort,
  type PoliceSummary,
} from '../lib/dataset/police-summary';
import { US_STATES } from '../lib/dataset/police';
import { policeDatasetLabel, technologyLabel } from './labels';
import { PoliceRecordItem } from './PoliceRecordItem';
import { SourceLinks } from './SourceLinks';
import { StateTileMap } from './StateTileMap';
import { TechnologyChart } from './TechnologyChart';

export function PoliceSection({
  summary,
  load,
  onError,
}: {
  summary: PoliceSummary;
  /** The rows a query shows: the background filters, sorts and cuts the list. */
  load: (query: PoliceListQuery) => Promise<PoliceListPage>;
  onError: (error: unknown) => void;
}) {
  const [query, setQuery] = useState<PoliceListQuery>(FIRST_POLICE_QUERY);
  const [answered, setAnswered] = useState<{ query: PoliceListQuery; page: PoliceListPage } | undefined>();
  const page = answered?.page;
  // Asked once the section is on screen: the view comes first, its list a frame later (the
  // first rows are asked for with the company's details, so they are usually here by then).
  useEffect(() => {
    // An answer to a query the user has since changed is dropped, not shown.
    let wanted = true;
    load(query).then(
      (answer) => wanted && setAnswered({ query, page: answer }),
      (error: unknown) => wanted && onError(error),
    );
    return () => {
      wanted = false;
    };
  }, [query]);
  useEffect(() => {
    // The benchmark times the police list's arrival up to this mark.
    if (page) performance.mark('backstory:police-list-shown');
  }, [page]);
  const change = (part: Partial<PoliceListQuery>) => setQuery((q) => ({ ...q, ...part }));
  const byTechnology = summary.technologies;
  const byState = useMemo(() => new Map(summary.states.map((s) => [s.state, s.agencies])), [summary]);
  const shared = page?.common;
  const datasets = summary.datasets;
  const sortButton = (by: PoliceSort, label: string) => (
    <button
      type="button"
      class="sort"
      data-sort={by}
      aria-pressed={query.sort === by}
      onClick={() =>
        setQuery((q) => ({ ...q, sort: by, ascending: q.sort === by ? !q.ascending : by !== 'date' }))
      }
    >
      {label}
      {query.sort === by ? (query.ascending ? ' ↑' : ' ↓') : ''}
    </button>
  );
  return (
    <section aria-label={i18n.t('categoryPolice')} data-section="police">
      <h3>{i18n.t('categoryPolice')}</h3>
      <p class="summary">
        {i18n.t('policeAgencies', summary.agencies, [formatNumber(summary.agencies)])}
        {datasets.map((d) => (
          <span key={d} class="muted small as-of">
            {' '}
            · {policeDatasetLabel(d)}
          </span>
        ))}
      </p>
      <h4>{i18n.t('agenciesByTechnology')}</h4>
      <TechnologyChart rows={byTechnology} />
      <h4>{i18n.t('agenciesByState')}</h4>
      <StateTileMap counts={byState} selected={query.state} onSelect={(state) => change({ state })} />
      <h4>{i18n.t('agencyList')}</h4>
      <div class="table-tools">
        <label class="muted small" for="police-state">
          {i18n.t('filterState')}
        </label>
        <select
          id="police-state"
          value={query.state}
          onChange={(e) => change({ state: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{i18n.t('allStates')}</option>
          {[...byState.keys()].sort().map((s) => (
            <option key={s} value={s}>
              {US_STATES[s] ?? s} ({byState.get(s)})
            </option>
          ))}
        </select>
        <label class="muted small" for="police-technology">
          {i18n.t('filterTechnology')}
        </label>
        <select
          id="police-technology"
          value={query.technology}
          onChange={(e) => change({ technology: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{i18n.t('allTechnologies')}</option>
          {byTechnology.map((t) => (
            <option key={t.technology} value={t.technology}>
              {technologyLabel(t.technology)} ({t.agencies})
            </option>
          ))}
        </select>
      </div>
      <div class="table-tools">
        <span class="muted small">{i18n.t('sortBy')}</span>
        {sortButton('agency', i18n.t('colAgency'))}
        {sortButton('state', i18n.t('colState'))}
        {sortButton('technology', i18n.t('colTechnology'))}
        {sortButton('date', i18n.t('colDate'))}
      </div>
      {page && shared && (
        <p class="muted small shared-source">
          {i18n.t('oneSourceForAll', [formatNumber(shared.records), formatNumber(page.total)])}{' '}
          <SourceLinks urls={[shared.url]} />
        </p>
      )}
      {!page && <p class="muted">{i18n.t('loading')}</p>}
      {/* Busy while the rows shown answer an earlier query than the controls show. */}
      <ul class="items" aria-label={i18n.t('agencyList')} aria-busy={answered?.query !== query}>
        {page?.rows.map(({ record, agency }) => (
          <PoliceRecordItem key={record.id} record={record} agency={agency} sourceSaidAbove={shared?.url} />
        ))}
      </ul>
      {page && page.rows.length < page.total && (
        // Every record of the company is at most all of them: the limit holds through filters.
        <button type="button" class="more" onClick={() => change({ limit: summary.records })}>
          {i18n.t('showAllRecords', [formatNumber(page.total)])}
        </button>
      )}
    </section>
  );
}
