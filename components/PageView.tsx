import { i18n } from '#i18n';
import type { PageMentions, PoliceAgency } from '../lib/messages';
import { CompanyList } from './CompanyList';
import { CompanySearch } from './CompanySearch';
import { SiteSwitch } from './SiteSwitch';

/** The popup's first view: the page's companies, its site switch, search, and a report button. */
export function PageView({
  mentions,
  companies,
  agencies,
  enabled,
  hasDraft,
  onOpen,
  onOpenPlace,
  onNeedAgencies,
  onToggleSite,
  onReport,
}: {
  /** null while the page is asked; undefined when Backstory cannot read it. */
  mentions: PageMentions | undefined | null;
  companies: { id: string; name: string }[];
  agencies: PoliceAgency[];
  enabled: boolean;
  hasDraft: boolean;
  onOpen: (id: string) => void;
  onOpenPlace: (agencyIds: string[]) => void;
  onNeedAgencies: () => void;
  onToggleSite: (site: string) => void;
  onReport: () => void;
}) {
  const names = new Map(companies.map((c) => [c.id, c.name]));
  const ownSite = mentions?.ownSiteCompanyId;
  return (
    <>
      {/* Once the company's name is known: an id is no name to show. */}
      {ownSite && names.has(ownSite) && (
        <p class="notice" data-notice="own-site">
          {i18n.t('ownSiteNotice', [names.get(ownSite)!])}{' '}
          <button type="button" class="link-button" onClick={() => onOpen(ownSite)}>
            {i18n.t('seeBackstory')}
          </button>
        </p>
      )}
      {mentions && mentions.site && (
        <SiteSwitch mentions={mentions} enabled={enabled} onToggle={onToggleSite} />
      )}
      <section aria-label={i18n.t('onThisPage')}>
        <h2 class="section-title">{i18n.t('onThisPage')}</h2>
        <CompanyList mentions={mentions} names={names} onOpen={onOpen} />
      </section>
      <CompanySearch
        companies={companies}
        agencies={agencies}
        onOpen={onOpen}
        onOpenPlace={onOpenPlace}
        onFirstInput={onNeedAgencies}
      />
      <div class="buttons">
        <button type="button" class="primary" onClick={onReport}>
          {hasDraft ? i18n.t('continueReport') : i18n.t('reportIncident')}
        </button>
      </div>
    </>
  );
}
