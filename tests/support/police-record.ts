// A police record for unit tests: the fields a test names, and every other one empty (no
// amount, no portal figures, no companies), so that a record's shape is written once.
import type { PoliceRecord } from '../../lib/dataset/schema';

export function policeRecord(
  fields: Pick<PoliceRecord, 'id' | 'agencyId' | 'technology'> & Partial<PoliceRecord>,
): PoliceRecord {
  return {
    companyIds: [],
    vendor: '',
    date: null,
    dateRaw: null,
    amountUSD: null,
    cameras: null,
    retentionDays: null,
    sharesWith: null,
    dataset: 'atlas',
    sources: ['https://example.org/police'],
    ...fields,
  };
}
