// The small card shown when the pointer rests on a marked company name.
import { i18n } from '#i18n';
import type { NotableItem } from '../lib/dataset/notable';
import type { CompanySummary } from '../lib/messages';
import type { CardState } from '../lib/page/card-api';
import { POLICE_DATASET_SOURCES } from '../lib/dataset/police-summary';
import { formatUSD, formatNumber } from './format';
import { technologyLabel } from './labels';
import { SourceLinks } from './SourceLinks';

export interface HoverCardProps {
  state: CardState;
  /** The event goes with it: the card's host acts only on what the user did. */
  onDetails: (companyId: string, event: MouseEvent) => void;
  onClose: (event: MouseEvent) => void;
}

export function HoverCard({ state, onDetails, onClose }: HoverCardProps) {
  const name = state.status === 'ready' ? state.summary.name : state.name;
  return (
    <div class="card" role="dialog" aria-label={`Backstory: ${name}`}>
      <header>
        <span class="brand">Backstory</span>
        <button class="close" type="button" aria-label={i18n.t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="company">{name}</h2>
      {state.status === 'loading' && <p class="muted">{i18n.t('loading')}</p>}
      {state.status === 'failed' && <p class="error">{i18n.t('couldNotLoad', [state.error])}</p>}
      {state.status === 'ready' && <SummaryBody summary={state.summary} onDetails={onDetails} />}
    </div>
  );
}

function notablePrefix(item: NotableItem): string {
  if (item.kind === 'dod') return `${i18n.t('pentagon')}: `;
  if (item.kind === 'action') return `${i18n.t('workerActionLabel')}: `;
  return '';
}

/** "Bath Iron Works, Electric Boat, …": the first four units, then how many more. */
export function unitList(units: readonly { name: string }[]): string {
  const names = units.slice(0, 4).map((u) => u.name);
  return units.length > 4 ? `${names.join(', ')}, …` : names.join(', ');
}

/** "part of General Dynamics since 1995", or a joint venture's owners. */
export function OwnershipLine({ summary }: { summary: Pick<CompanySummary, 'parent' | 'owners'> }) {
  if (summary.parent)
    return (
      <li data-fact="parent">
        {summary.parent.since !== null
          ? i18n.t('partOfSince', [summary.parent.name, String(summary.parent.since)])
          : i18n.t('partOf', [summary.parent.name])}
      </li>
    );
  if (summary.owners.length > 0)
    return (
      <li data-fact="owners">{i18n.t('jointVentureOf', [summary.owners.map((o) => o.name).join(' & ')])}</li>
    );
  return null;
}

function SummaryBody({
  summary,
  onDetails,
}: {
  summary: CompanySummary;
  onDetails: HoverCardProps['onDetails'];
}) {
  const agencies = Object.entries(summary.obligatedByAgency)
    .map(([agency, sum]) => [agency, sum ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  return (
    <>
      <ul class="facts">
        <li data-fact="contracts">
          <strong>{i18n.t('contracts', summary.awardCount)}</strong> {i18n.t('withIceCbp')}
          {agencies.length > 0 && (
            <span class="muted">
              {' '}
              ({agencies.map(([agency, sum]) => `${agency} ${formatUSD(sum)}`).join(', ')})
            </span>
          )}
        </li>
        {summary.dodObligatedUSD !== null && (
          <li data-fact="pentagon">
            <strong>{formatUSD(summary.dodObligatedUSD)}</strong> {i18n.t('fromPentagon')}
            {summary.units.length > 0 && (
              <span class="muted"> ({i18n.t('includesUnits', [unitList(summary.units)])})</span>
            )}
          </li>
        )}
        <OwnershipLine summary={summary} />
        {summary.reportedContractCount > 0 && (
          <li data-fact="reported">{i18n.t('reportedContractsCount', summary.reportedContractCount)}</li>
        )}
        {summary.police && (
          <li data-fact="police">
            {i18n.t('policeLabel')}:{' '}
            <strong>
              {i18n.t('policeAgencies', summary.police.agencies, [formatNumber(summary.police.agencies)])}
            </strong>
            {summary.police.records > summary.police.agencies &&
              ` (${i18n.t('policeRecordsCount', summary.police.records, [formatNumber(summary.police.records)])})`}
            {' — '}
            {summary.police.technologies
              .slice(0, 3)
              .map((t) => technologyLabel(t.technology))
              .join(', ')}
            {summary.police.technologies.length > 3 ? '…' : ''}
            {summary.police.firstYear &&
              `, ${summary.police.firstYear}${summary.police.lastYear !== summary.police.firstYear ? `–${summary.police.lastYear}` : ''}`}{' '}
            <SourceLinks urls={summary.police.datasets.map((d) => POLICE_DATASET_SOURCES[d])} />
          </li>
        )}
        <li data-fact="actions">
          {summary.actionsByOwnWorkers < summary.actionCount ? (
            <>
              <strong>{i18n.t('actionsCount', summary.actionCount)}</strong>{' '}
              <span class="muted">
                ({i18n.t('byOwnWorkers', [String(summary.actionsByOwnWorkers)])} ·{' '}
                {i18n.t('byOthers', [String(summary.actionCount - summary.actionsByOwnWorkers)])})
              </span>
            </>
          ) : (
            <strong>{i18n.t('workerActions', summary.actionCount)}</strong>
          )}
        </li>
      </ul>
      {summary.notable.length > 0 && (
        <ul class="notable" aria-label={i18n.t('notable')}>
          {summary.notable.map((item) => (
            <li key={`${item.kind}:${item.text}`} data-notable={item.kind}>
              <span class="when">{item.when}</span> {notablePrefix(item)}
              {item.text}
              {item.workers ? ` (${i18n.t('workers', item.workers)})` : ''}
              {item.amountUSD !== null && <strong> {formatUSD(item.amountUSD)}</strong>}{' '}
              <SourceLinks urls={item.sources} />
            </li>
          ))}
        </ul>
      )}
      <button class="details" type="button" onClick={(event) => onDetails(summary.id, event)}>
        {i18n.t('detailsAndSources')} →
      </button>
    </>
  );
}
