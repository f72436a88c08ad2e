import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { searchCompanies } from './company-lookup';

/** Search over every company in the dataset, by name. */
export function CompanySearch({
  companies,
  onOpen,
}: {
  companies: { id: string; name: string }[];
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const results = searchCompanies(companies, query, 30);
  return (
    <section aria-label={i18n.t('searchAll')} class="search">
      <input
        type="search"
        placeholder={i18n.t('searchPlaceholder', [companies.length.toLocaleString()])}
        aria-label={i18n.t('searchAll')}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {results.length > 0 && (
        <ul class="company-list" aria-label={i18n.t('searchResults')}>
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" class="company-row" data-company={c.id} onClick={() => onOpen(c.id)}>
                <span class="name">{c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && results.length === 0 && <p class="muted">{i18n.t('noSearchResult')}</p>}
    </section>
  );
}
