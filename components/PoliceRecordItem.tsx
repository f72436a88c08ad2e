// One police record as facts: agency and place, technology, vendor, date, the portal's
// figures or a stated amount, and its sources.
import { i18n } from '#i18n';
import type { PoliceAgency, PoliceRecord } from '../lib/dataset/schema';
import { formatUSD, formatNumber } from './format';
import { technologyLabel } from './labels';
import { SourceLinks } from './SourceLinks';

export function agencyPlace(agency: PoliceAgency | undefined): string {
  if (!agency) return '';
  return [agency.city || agency.county, agency.state].filter(Boolean).join(', ');
}

export function PoliceRecordItem({
  record,
  agency,
  vendor,
  sourceSaidAbove,
  underAgency,
}: {
  record: PoliceRecord;
  agency: PoliceAgency | undefined;
  /** The vendor as shown: a company's name (or a button to it); absent to leave it out. */
  vendor?: preact.ComponentChildren;
  /** A source the list names once above it, for most of its rows: left out here. */
  sourceSaidAbove?: string;
  /** Listed under its agency's heading, which already names the agency. */
  underAgency?: boolean;
}) {
  const portal = [
    record.cameras !== null ? i18n.t('portalCameras', record.cameras, [formatNumber(record.cameras)]) : '',
    record.retentionDays !== null ? i18n.t('portalRetention', [record.retentionDays]) : '',
    record.sharesWith !== null
      ? i18n.t('portalSharing', record.sharesWith, [formatNumber(record.sharesWith)])
      : '',
  ].filter(Boolean);
  return (
    <li class="police" data-police={record.id}>
      {!underAgency && (
        <div class="line">
          <strong>{agency?.name ?? record.agencyId}</strong>
          <span class="muted">{agencyPlace(agency)}</span>
        </div>
      )}
      <div class="what">
        {technologyLabel(record.technology)}
        {vendor !== undefined && <> · {vendor}</>}
        {record.date ? ` · ${record.date}` : record.dateRaw ? ` · ${record.dateRaw}` : ''}
        {record.amountUSD !== null && <strong> · {formatUSD(record.amountUSD)}</strong>}
      </div>
      {portal.length > 0 && <div class="muted small">{portal.join(' · ')}</div>}
      {record.sources.some((url) => url !== sourceSaidAbove) && (
        <SourceLinks urls={record.sources.filter((url) => url !== sourceSaidAbove)} />
      )}
    </li>
  );
}
