// A company's police and surveillance work: agencies by technology, agencies by state on a
// tile map, and the records, sortable and filterable by state and technology.
import { formatNumber } from './format';
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  filterPoliceRows,
  commonSource,
  sortPoliceRows,
  type PoliceRow,
  type PoliceSort,
  type PoliceSummary,
} from '../lib/dataset/police-summary';
import { US_STATES } from '../lib/dataset/police';
import { decodePoliceTables, type PoliceTables } from '../lib/dataset/police-table';
import { policeDatasetLabel, technologyLabel } from './labels';
import { PoliceRecordItem } from './PoliceRecordItem';
import { SourceLinks } from './SourceLinks';
import { StateTileMap } from './StateTileMap';
import { TechnologyChart } from './TechnologyChart';

/** A long list starts with this many rows; the rest is one click away. */
const FIRST_ROWS = 40;

export function PoliceSection({
  summary,
  load,
  onError,
}: {
  summary: PoliceSummary;
  /** The records, asked for once the section is on screen. */
  load: () => Promise<PoliceTables>;
  onError: (error: unknown) => void;
}) {
  const [state, setState] = useState('');
  const [technology, setTechnology] = useState('');
  const [sort, setSort] = useState<{ by: PoliceSort; ascending: boolean }>({ by: 'agency', ascending: true });
  const [showAll, setShowAll] = useState(false);
  const [rows, setRows] = useState<PoliceRow[] | undefined>();
  useEffect(() => {
    load().then((tables) => {
      const { records, agencies } = decodePoliceTables(tables);
      const agencyOf = new Map(agencies.map((a) => [a.id, a]));
      setRows(records.map((record) => ({ record, agency: agencyOf.get(record.agencyId) })));
    }, onError);
  }, []);
  useEffect(() => {
    // The benchmark times the police list's arrival up to this mark.
    if (rows) performance.mark('backstory:police-list-shown');
  }, [rows]);
  const byTechnology = summary.technologies;
  const byState = useMemo(() => new Map(summary.states.map((s) => [s.state, s.agencies])), [summary]);
  const listed = useMemo(
    () => (rows ? sortPoliceRows(filterPoliceRows(rows, state, technology), sort.by, sort.ascending) : []),
    [rows, state, technology, sort],
  );
  const shown = showAll ? listed : listed.slice(0, FIRST_ROWS);
  const shared = commonSource(listed.map((r) => r.record));
  const datasets = summary.datasets;
  const sortButton = (by: PoliceSort, label: string) => (
    <button
      type="button"
      class="sort"
      data-sort={by}
      aria-pressed={sort.by === by}
      onClick={() => setSort((s) => ({ by, ascending: s.by === by ? !s.ascending : by !== 'date' }))}
    >
      {label}
      {sort.by === by ? (sort.ascending ? ' ↑' : ' ↓') : ''}
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
      <StateTileMap counts={byState} selected={state} onSelect={setState} />
      <h4>{i18n.t('agencyList')}</h4>
      <div class="table-tools">
        <label class="muted small" for="police-state">
          {i18n.t('filterState')}
        </label>
        <select
          id="police-state"
          value={state}
          onChange={(e) => setState((e.currentTarget as HTMLSelectElement).value)}
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
          value={technology}
          onChange={(e) => setTechnology((e.currentTarget as HTMLSelectElement).value)}
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
      {shared && (
        <p class="muted small shared-source">
          {i18n.t('oneSourceForAll', [formatNumber(shared.records), formatNumber(listed.length)])}{' '}
          <SourceLinks urls={[shared.url]} />
        </p>
      )}
      {!rows && <p class="muted">{i18n.t('loading')}</p>}
      <ul class="items" aria-label={i18n.t('agencyList')}>
        {shown.map(({ record, agency }) => (
          <PoliceRecordItem key={record.id} record={record} agency={agency} sourceSaidAbove={shared?.url} />
        ))}
      </ul>
      {!showAll && listed.length > FIRST_ROWS && (
        <button type="button" class="more" onClick={() => setShowAll(true)}>
          {i18n.t('showAllRecords', [formatNumber(listed.length)])}
        </button>
      )}
    </section>
  );
}
