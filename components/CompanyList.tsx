import { i18n } from '#i18n';
import type { PageMentions } from '../lib/messages';

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
  if (mentions === null) return <p class="muted">{i18n.t('readingPage')}</p>;
  if (mentions === undefined) return <p class="muted">{i18n.t('cannotReadTab')}</p>;
  if (!mentions.active) return <p class="muted">{i18n.t('offHere')}</p>;
  if (mentions.companies.length === 0) return <p class="muted">{i18n.t('noCompanyOnPage')}</p>;
  return (
    <ul class="company-list" aria-label={i18n.t('companiesOnPage')}>
      {mentions.companies.map((c) => (
        <li key={c.companyId}>
          <button
            type="button"
            class="company-row"
            data-company={c.companyId}
            onClick={() => onOpen(c.companyId)}
          >
            <span class="name">{names.get(c.companyId) ?? c.companyId}</span>
            <span class="count">{i18n.t('mentions', c.count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
