import type { PageMentions } from '../lib/messages';
import { formatCount } from './format';

export function CompanyList({
  mentions,
  names,
  onOpen,
}: {
  mentions: PageMentions | undefined | null;
  /** Company id → name, from the background's directory. */
  names: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  if (mentions === null) return <p class="muted">Reading this page…</p>;
  if (mentions === undefined) {
    return (
      <p class="muted">Backstory cannot read this tab (browser pages and extension stores are off limits).</p>
    );
  }
  if (mentions.companies.length === 0) {
    return <p class="muted">No company from Backstory's dataset is named on this page.</p>;
  }
  return (
    <ul class="company-list" aria-label="Companies on this page">
      {mentions.companies.map((c) => (
        <li key={c.companyId}>
          <button
            type="button"
            class="company-row"
            data-company={c.companyId}
            onClick={() => onOpen(c.companyId)}
          >
            <span class="name">{names.get(c.companyId) ?? c.companyId}</span>
            <span class="count">{formatCount(c.count, 'mention', 'mentions')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
