import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { awardKey, awardPeriod, awardSources } from '../lib/dataset/award-facts';
import {
  filterAwards,
  obligationsByFiscalYear,
  sortAwards,
  type AgencyFilter,
  type AwardSort,
} from '../lib/dataset/award-table';
import type { Award, DodContractor, ReportedContract, WorkerAction } from '../lib/dataset/schema';
import type { CompanyDetails as Details } from '../lib/messages';
import type { Report } from '../lib/reports/report';
import { formatDate, formatUSD } from './format';
import { BarChart } from './BarChart';
import { kindLabel } from './labels';
import { SourceLinks } from './SourceLinks';
import { PoliceSection } from './PoliceSection';
import { OwnershipLine } from './HoverCard';
import type { PoliceListPage, PoliceListQuery } from '../lib/dataset/police-summary';

/** Long lists start short; the rest is one click away. */
const FIRST_AWARDS = 25;
const FIRST_ACTIONS = 25;

export function CompanyDetails({
  details,
  policeList,
  onReport,
  onError,
}: {
  details: Details;
  /** Asks for part of the company's police list, which comes apart from its details. */
  policeList: (query: PoliceListQuery) => Promise<PoliceListPage>;
  onReport: () => void;
  onError: (error: unknown) => void;
}) {
  const { company, awards, actions, reports, caveats, dodContractors, reportedContracts, police } = details;
  const [showAll, setShowAll] = useState(false);
  const [allActions, setAllActions] = useState(false);
  const [sort, setSort] = useState<{ by: AwardSort; ascending: boolean }>({ by: 'amount', ascending: false });
  const [agency, setAgency] = useState<AgencyFilter>('all');
  const byAgency = new Map<string, number>();
  for (const a of awards) byAgency.set(a.agency, (byAgency.get(a.agency) ?? 0) + a.obligatedUSD);
  const listed = sortAwards(filterAwards(awards, agency), sort.by, sort.ascending);
  const shown = showAll ? listed : listed.slice(0, FIRST_AWARDS);
  const chart = obligationsByFiscalYear(awards, dodContractors);
  // A reported contract the award data holds is shown with that award, not a second time.
  const reportedByAward = new Map<string, ReportedContract[]>();
  for (const r of reportedContracts) {
    if (r.awardKey) reportedByAward.set(r.awardKey, [...(reportedByAward.get(r.awardKey) ?? []), r]);
  }
  const reportedApart = reportedContracts.filter((r) => !r.awardKey);
  const sortButton = (by: AwardSort, label: string) => (
    <button
      type="button"
      class="sort"
      data-sort={by}
      aria-pressed={sort.by === by}
      onClick={() => setSort((s) => ({ by, ascending: s.by === by ? !s.ascending : false }))}
    >
      {label}
      {sort.by === by ? (sort.ascending ? ' ↑' : ' ↓') : ''}
    </button>
  );
  return (
    <article class="details" data-company={company.id}>
      <h2>{company.name}</h2>
      <p class="summary">
        {i18n.t('iceCbpContracts', awards.length)}
        {[...byAgency].map(([agency, sum]) => ` · ${agency} ${formatUSD(sum)}`).join('')} ·{' '}
        {i18n.t('workerActions', actions.length)}
      </p>
      {(details.parent || details.owners.length > 0 || details.units.length > 0) && (
        <ul class="facts ownership">
          <OwnershipLine summary={details} />
          {details.units.length > 0 && (
            <li data-fact="units">
              {i18n.t('includesUnits', [details.units.map((u) => u.name).join(', ')])}
            </li>
          )}
        </ul>
      )}
      <button type="button" class="primary" onClick={onReport}>
        {i18n.t('reportIncident')}
      </button>
      {reports.length > 0 && (
        <section aria-label={i18n.t('yourReports')}>
          <h3>{i18n.t('yourReports')}</h3>
          <ul class="items">
            {reports.map((r) => (
              <ReportItem key={r.id} report={r} />
            ))}
          </ul>
        </section>
      )}
      {dodContractors.length > 0 && (
        <section aria-label={i18n.t('pentagonContracts')}>
          <h3>{i18n.t('pentagonContracts')}</h3>
          <ul class="items">
            {dodContractors.map((d) => (
              <DodItem key={d.id} contractor={d} />
            ))}
          </ul>
        </section>
      )}
      {reportedApart.length > 0 && (
        <section aria-label={i18n.t('reportedContracts')}>
          <h3>{i18n.t('reportedContracts')}</h3>
          <ul class="items">
            {reportedApart.map((r) => (
              <ReportedItem key={r.id} contract={r} />
            ))}
          </ul>
        </section>
      )}
      {police && <PoliceSection key={company.id} summary={police} load={policeList} onError={onError} />}
      {chart.bars.length > 0 && (
        <section aria-label={i18n.t('obligationsByYear')}>
          <h3>{i18n.t('obligationsByYear')}</h3>
          <BarChart bars={chart.bars} />
          <p class="muted small">
            {i18n.t('chartNote')}
            {chart.undated > 0 && ` ${i18n.t('undatedAwards', chart.undated)}`}
          </p>
        </section>
      )}
      <section aria-label={i18n.t('contractsIceCbp')}>
        <h3>{i18n.t('contractsIceCbp')}</h3>
        {awards.length === 0 ? (
          <p class="muted">{i18n.t('noAwards')}</p>
        ) : (
          <>
            <div class="table-tools">
              <span class="muted small">{i18n.t('sortBy')}</span>
              {sortButton('amount', i18n.t('sortAmount'))}
              {sortButton('date', i18n.t('sortDate'))}
              <label class="muted small" for="agency-filter">
                {i18n.t('agency')}
              </label>
              <select
                id="agency-filter"
                value={agency}
                onChange={(e) => setAgency((e.currentTarget as HTMLSelectElement).value as AgencyFilter)}
              >
                <option value="all">{i18n.t('allAgencies', [awards.length])}</option>
                {[...byAgency.keys()].sort().map((a) => (
                  <option key={a} value={a}>
                    {a} ({awards.filter((x) => x.agency === a).length})
                  </option>
                ))}
              </select>
            </div>
            <ul class="items">
              {shown.map((a) => (
                <AwardItem key={awardKey(a)} award={a} reported={reportedByAward.get(awardKey(a)) ?? []} />
              ))}
            </ul>
            {!showAll && listed.length > FIRST_AWARDS && (
              <button type="button" class="more" onClick={() => setShowAll(true)}>
                {i18n.t('showAllContracts', [listed.length])}
              </button>
            )}
          </>
        )}
      </section>
      <section aria-label={i18n.t('workerActionsTitle')}>
        <h3>{i18n.t('workerActionsTitle')}</h3>
        {actions.length === 0 ? (
          <p class="muted">{i18n.t('noActions')}</p>
        ) : (
          <>
            <ol class="timeline">
              {(allActions ? actions : actions.slice(0, FIRST_ACTIONS)).map((a) => (
                <ActionItem key={a.id} action={a} companyId={company.id} />
              ))}
            </ol>
            {!allActions && actions.length > FIRST_ACTIONS && (
              <button type="button" class="more" data-more="actions" onClick={() => setAllActions(true)}>
                {i18n.t('showAllActions', [actions.length])}
              </button>
            )}
          </>
        )}
      </section>
      <footer class="caveats">
        {caveats.map((c) => (
          <p key={c}>{c}</p>
        ))}
      </footer>
    </article>
  );
}

function AwardItem({ award, reported }: { award: Award; reported: readonly ReportedContract[] }) {
  return (
    <li class="award" data-award={award.awardId}>
      <div class="line">
        <span class={`agency agency-${award.agency}`}>{award.agency}</span>
        <strong>{formatUSD(award.obligatedUSD)}</strong>
        <span class="muted">
          {award.dataset === 'usaspending' ? i18n.t('obligatedAtLeast') : i18n.t('valueIn2018')},{' '}
          {awardPeriod(award)}
        </span>
      </div>
      <div class="what">{award.description || award.productOrService}</div>
      <div class="muted small">
        {award.recipientName} · {i18n.t('awardId', [award.awardId])}
      </div>
      <SourceLinks urls={awardSources(award)} />
      {reported.map((r) => (
        <div class="reported-as" data-reported={r.id} key={r.id}>
          <span class="muted small">
            {i18n.t('reportedAs', [
              [r.program, r.year, r.amountUSD !== null ? amountText(r) : ''].filter(Boolean).join(', '),
            ])}
          </span>
          <SourceLinks urls={r.sources} />
        </div>
      ))}
    </li>
  );
}

function DodItem({ contractor }: { contractor: DodContractor }) {
  return (
    <li class="dod" data-dod={contractor.id}>
      <div class="line">
        <span class="agency agency-DoD">DoD</span>
        <strong>{formatUSD(contractor.totalObligatedUSD)}</strong>
        <span class="muted">{i18n.t('dodRank', [contractor.period, contractor.rank])}</span>
      </div>
      <div class="what">
        {contractor.name}:{' '}
        {i18n.t('contractsMostlyFor', contractor.contractCount, [
          contractor.contractCount,
          contractor.topSubAgency,
        ])}
      </div>
      <SourceLinks urls={contractor.sources} />
    </li>
  );
}

function ReportedItem({ contract }: { contract: ReportedContract }) {
  return (
    <li class="reported" data-reported={contract.id}>
      <div class="line">
        <strong>{contract.program}</strong>
        <span class="muted">
          {[contract.customer, contract.year, contract.amountUSD !== null ? amountText(contract) : '']
            .filter(Boolean)
            .join(', ')}
        </span>
      </div>
      <div class="what">{contract.summary}</div>
      <SourceLinks urls={contract.sources} />
    </li>
  );
}

/** "$1.2B"; a cap as "up to $10B"; a cap several share as "$9B ceiling shared by 4". */
export function amountText(contract: ReportedContract): string {
  const amount = formatUSD(contract.amountUSD ?? 0);
  if (contract.amountIsCeiling && contract.sharedBy)
    return i18n.t('ceilingShared', [amount, String(contract.sharedBy)]);
  if (contract.amountIsCeiling) return i18n.t('ceilingUpTo', [amount]);
  return amount;
}

function ActionItem({ action, companyId }: { action: WorkerAction; companyId: string }) {
  // Students and other companies' workers protesting the company's work are not its workers.
  const byOthers =
    (action.actedBy ?? 'workers') !== 'workers' || (action.targetCompanyIds ?? []).includes(companyId);
  const tags = action.tags.map((t) => t.replace(/_/g, ' ')).join(', ');
  return (
    <li class="action" data-action={action.id}>
      <div class="line">
        {action.dateStated === false ? (
          <span class="muted small">{i18n.t('dateNotStated')}</span>
        ) : (
          <time dateTime={action.date}>{formatDate(action.date)}</time>
        )}
        <span class="kind">{action.kinds.join(', ') || i18n.t('action')}</span>
        {action.about && action.about.length > 0 && (
          <span class="muted small">{action.about.join(', ')}</span>
        )}
        {action.workers ? (
          <span class="workers">
            {byOthers ? i18n.t('people', action.workers) : i18n.t('workers', action.workers)}
          </span>
        ) : null}
        {byOthers && (
          <span class="badge" data-acted-by={action.actedBy ?? 'others'}>
            {action.actedBy === 'students' ? i18n.t('byStudents') : i18n.t('byOtherPeople')}
          </span>
        )}
      </div>
      {tags && <div class="muted small">{tags}</div>}
      {action.summary && <div class="what">{action.summary}</div>}
      <SourceLinks urls={action.sources} />
    </li>
  );
}

function ReportItem({ report }: { report: Report }) {
  return (
    <li class="report" data-report={report.id}>
      <div class="line">
        <span class="badge">{i18n.t('yourReportUnverified')}</span> <strong>{formatDate(report.date)}</strong>{' '}
        <span class="muted">{kindLabel(report.kind)}</span>
      </div>
      <div class="what">{report.description}</div>
      <SourceLinks urls={[report.sourceUrl]} />
    </li>
  );
}
