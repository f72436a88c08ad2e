import type { Award, WorkerAction } from '../lib/dataset/schema';
import type { CompanyDetails as Details } from '../lib/messages';
import type { Report } from '../lib/reports/report';
import { formatCount, formatDate, formatUSD } from './format';
import { SourceLinks } from './SourceLinks';

export function CompanyDetails({ details, onReport }: { details: Details; onReport: () => void }) {
  const { company, awards, actions, reports, caveats } = details;
  const total = awards.reduce((sum, a) => sum + a.obligatedUSD, 0);
  return (
    <article class="details" data-company={company.id}>
      <h2>{company.name}</h2>
      <p class="summary">
        {formatCount(awards.length, 'ICE/CBP contract', 'ICE/CBP contracts')}, {formatUSD(total)} ·{' '}
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
      <section aria-label="Contracts">
        <h3>Contracts with ICE and CBP</h3>
        {awards.length === 0 ? (
          <p class="muted">No ICE or CBP award to this company in the sources.</p>
        ) : (
          <ul class="items">
            {awards.map((a) => (
              <AwardItem key={a.id} award={a} />
            ))}
          </ul>
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
          {award.amountKind === 'obligated' ? 'obligated' : 'award value'}, {award.period}
        </span>
      </div>
      <div class="what">{award.description || award.productOrService}</div>
      <div class="muted small">
        {award.recipientName} · award {award.awardId}
      </div>
      <SourceLinks urls={award.sources} />
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
