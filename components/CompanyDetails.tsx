import { useState } from 'preact/hooks';
import { amountLabel, awardKey, awardPeriod, awardSources } from '../lib/dataset/award-facts';
import type { Award, DodContractor, ReportedContract, WorkerAction } from '../lib/dataset/schema';
import type { CompanyDetails as Details } from '../lib/messages';
import type { Report } from '../lib/reports/report';
import { formatCount, formatDate, formatUSD } from './format';
import { SourceLinks } from './SourceLinks';

/** Long lists start short; the rest is one click away. */
const FIRST_AWARDS = 25;

export function CompanyDetails({ details, onReport }: { details: Details; onReport: () => void }) {
  const { company, awards, actions, reports, caveats, dodContractors, reportedContracts } = details;
  const [showAll, setShowAll] = useState(false);
  const byAgency = new Map<string, number>();
  for (const a of awards) byAgency.set(a.agency, (byAgency.get(a.agency) ?? 0) + a.obligatedUSD);
  const shown = showAll ? awards : awards.slice(0, FIRST_AWARDS);
  return (
    <article class="details" data-company={company.id}>
      <h2>{company.name}</h2>
      <p class="summary">
        {formatCount(awards.length, 'ICE/CBP contract', 'ICE/CBP contracts')}
        {[...byAgency].map(([agency, sum]) => ` · ${agency} ${formatUSD(sum)}`).join('')} ·{' '}
        {formatCount(actions.length, 'worker action', 'worker actions')}
      </p>
      <button type="button" class="primary" onClick={onReport}>
        Report an incident
      </button>
      {reports.length > 0 && (
        <section aria-label="Your reports">
          <h3>Your reports</h3>
          <ul class="items">
            {reports.map((r) => (
              <ReportItem key={r.id} report={r} />
            ))}
          </ul>
        </section>
      )}
      {dodContractors.length > 0 && (
        <section aria-label="Pentagon contracts">
          <h3>Pentagon contracts</h3>
          <ul class="items">
            {dodContractors.map((d) => (
              <DodItem key={d.id} contractor={d} />
            ))}
          </ul>
        </section>
      )}
      {reportedContracts.length > 0 && (
        <section aria-label="Reported contracts">
          <h3>Reported contracts</h3>
          <ul class="items">
            {reportedContracts.map((r) => (
              <ReportedItem key={r.id} contract={r} />
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Contracts">
        <h3>Contracts with ICE and CBP</h3>
        {awards.length === 0 ? (
          <p class="muted">No ICE or CBP award to this company in the sources.</p>
        ) : (
          <>
            <ul class="items">
              {shown.map((a) => (
                <AwardItem key={awardKey(a)} award={a} />
              ))}
            </ul>
            {!showAll && awards.length > FIRST_AWARDS && (
              <button type="button" class="more" onClick={() => setShowAll(true)}>
                Show all {awards.length} contracts
              </button>
            )}
          </>
        )}
      </section>
      <section aria-label="Worker actions">
        <h3>Worker actions</h3>
        {actions.length === 0 ? (
          <p class="muted">No collective action recorded at this company.</p>
        ) : (
          <ul class="items">
            {actions.map((a) => (
              <ActionItem key={a.id} action={a} />
            ))}
          </ul>
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

function AwardItem({ award }: { award: Award }) {
  return (
    <li class="award" data-award={award.awardId}>
      <div class="line">
        <span class={`agency agency-${award.agency}`}>{award.agency}</span>
        <strong>{formatUSD(award.obligatedUSD)}</strong>
        <span class="muted">
          {amountLabel(award)}, {awardPeriod(award)}
        </span>
      </div>
      <div class="what">{award.description || award.productOrService}</div>
      <div class="muted small">
        {award.recipientName} · award {award.awardId}
      </div>
      <SourceLinks urls={awardSources(award)} />
    </li>
  );
}

function DodItem({ contractor }: { contractor: DodContractor }) {
  return (
    <li class="dod" data-dod={contractor.id}>
      <div class="line">
        <span class="agency agency-DoD">DoD</span>
        <strong>{formatUSD(contractor.totalObligatedUSD)}</strong>
        <span class="muted">
          obligated, {contractor.period}, #{contractor.rank} of the 100 largest
        </span>
      </div>
      <div class="what">
        {contractor.name}: {formatCount(contractor.contractCount, 'contract', 'contracts')}, mostly for the{' '}
        {contractor.topSubAgency}
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
          {contract.customer}, {contract.year}
          {contract.amountUSD !== null ? `, ${formatUSD(contract.amountUSD)}` : ''}
        </span>
      </div>
      <div class="what">{contract.summary}</div>
      <SourceLinks urls={contract.sources} />
    </li>
  );
}

function ActionItem({ action }: { action: WorkerAction }) {
  const facts = [
    action.kinds.join(', '),
    action.workers ? formatCount(action.workers, 'worker', 'workers') : '',
    action.tags.map((t) => t.replace(/_/g, ' ')).join(', '),
  ].filter(Boolean);
  return (
    <li class="action" data-action={action.id}>
      <div class="line">
        <strong>{formatDate(action.date)}</strong> <span class="muted">{facts.join(' · ')}</span>
      </div>
      {action.summary && <div class="what">{action.summary}</div>}
      <SourceLinks urls={action.sources} />
    </li>
  );
}

function ReportItem({ report }: { report: Report }) {
  return (
    <li class="report" data-report={report.id}>
      <div class="line">
        <span class="badge">your report (unverified)</span> <strong>{formatDate(report.date)}</strong>{' '}
        <span class="muted">{report.kind.replace('-', ' ')}</span>
      </div>
      <div class="what">{report.description}</div>
      <SourceLinks urls={[report.sourceUrl]} />
    </li>
  );
}
