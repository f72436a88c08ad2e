// The kinds of backstory a user can choose to see marked. Each company gets the categories
// its records give it; a page marks a company when one of them is switched on. Pure.
import type { Award, DodContractor, PoliceRecord, ReportedContract, WorkerAction } from './schema';

export const CATEGORIES = ['immigration', 'military', 'police-surveillance', 'labour'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One bit per category, in the order of CATEGORIES: compact in the page's dictionary. */
export function categoryBit(category: Category): number {
  return 1 << CATEGORIES.indexOf(category);
}

export function categoryMask(categories: Iterable<Category>): number {
  let mask = 0;
  for (const category of categories) mask |= categoryBit(category);
  return mask;
}

/** Company id → bit mask of the categories its records give it. */
export function companyCategories(records: {
  awards: readonly Pick<Award, 'companyId'>[];
  dodContractors: readonly Pick<DodContractor, 'companyId'>[];
  reportedContracts: readonly Pick<ReportedContract, 'companyId' | 'category'>[];
  actions: readonly Pick<WorkerAction, 'companyIds'>[];
  policeRecords?: readonly Pick<PoliceRecord, 'companyIds'>[];
}): Map<string, number> {
  const masks = new Map<string, number>();
  const add = (companyId: string, category: Category) =>
    masks.set(companyId, (masks.get(companyId) ?? 0) | categoryBit(category));
  for (const award of records.awards) add(award.companyId, 'immigration');
  for (const contractor of records.dodContractors) add(contractor.companyId, 'military');
  for (const contract of records.reportedContracts) add(contract.companyId, contract.category);
  for (const action of records.actions) for (const id of action.companyIds) add(id, 'labour');
  for (const record of records.policeRecords ?? [])
    for (const id of record.companyIds) add(id, 'police-surveillance');
  return masks;
}
