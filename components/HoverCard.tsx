// The small card shown when the pointer rests on a marked company name.
import type { CompanySummary } from '../lib/messages';
import { formatCount, formatUSD } from './format';
import { SourceLinks } from './SourceLinks';

export type CardState =
  | { status: 'loading'; name: string }
  | { status: 'ready'; summary: CompanySummary }
  | { status: 'failed'; name: string; error: string };

export interface HoverCardProps {
  state: CardState;
  onDetails: (companyId: string) => void;
  onClose: () => void;
}

export function HoverCard({ state, onDetails, onClose }: HoverCardProps) {
  const name = state.status === 'ready' ? state.summary.name : state.name;
  return (
    <div class="card" role="dialog" aria-label={`Backstory: ${name}`}>
      <header>
        <span class="brand">Backstory</span>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="company">{name}</h2>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'failed' && <p class="error">Could not load: {state.error}</p>}
      {state.status === 'ready' && <SummaryBody summary={state.summary} onDetails={onDetails} />}
    </div>
  );
}

function SummaryBody({ summary, onDetails }: { summary: CompanySummary; onDetails: (id: string) => void }) {
  const agencies = Object.entries(summary.obligatedByAgency)
    .map(([agency, sum]) => [agency, sum ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  return (
    <>
      <ul class="facts">
        <li data-fact="contracts">
          <strong>{formatCount(summary.awardCount, 'contract', 'contracts')}</strong> with ICE and CBP
          {agencies.length > 0 && (
            <span class="muted">
              {' '}
              ({agencies.map(([agency, sum]) => `${agency} ${formatUSD(sum)}`).join(', ')})
            </span>
          )}
        </li>
        {summary.dodObligatedUSD !== null && (
          <li data-fact="pentagon">
            <strong>{formatUSD(summary.dodObligatedUSD)}</strong> from the Pentagon since FY2021
          </li>
        )}
        {summary.reportedContractCount > 0 && (
          <li data-fact="reported">
            {formatCount(summary.reportedContractCount, 'reported contract', 'reported contracts')} (from news
            reports)
          </li>
        )}
        <li data-fact="actions">
          <strong>{formatCount(summary.actionCount, 'worker action', 'worker actions')}</strong>
        </li>
        {summary.reportCount > 0 && (
          <li data-fact="reports">
            {formatCount(summary.reportCount, 'report', 'reports')} of yours (unverified)
          </li>
        )}
      </ul>
      {summary.notable.length > 0 && (
        <ul class="notable" aria-label="Notable">
          {summary.notable.map((item) => (
            <li key={`${item.kind}:${item.text}`} data-notable={item.kind}>
              <span class="when">{item.when}</span> {item.text}
              {item.amountUSD !== null && <strong> {formatUSD(item.amountUSD)}</strong>}{' '}
              <SourceLinks urls={item.sources} />
            </li>
          ))}
        </ul>
      )}
      <button class="details" type="button" onClick={() => onDetails(summary.id)}>
        Details and sources →
      </button>
    </>
  );
}
