// What the loaded dataset is: its version, counts, dates, credits and caveats.
import { i18n } from '#i18n';
import type { LoadedDataset } from '../lib/messages';
import { formatDate } from './format';

export function DatasetSection({ info }: { info: LoadedDataset | null | undefined }) {
  return (
    <section aria-labelledby="dataset">
      <h2 id="dataset">{i18n.t('theDataset')}</h2>
      {info === undefined ? (
        <p class="muted">{i18n.t('loading')}</p>
      ) : info === null ? (
        <p class="field-error">{i18n.t('datasetNotLoaded')}</p>
      ) : (
        <DatasetFacts info={info} />
      )}
    </section>
  );
}

function DatasetFacts({ info }: { info: LoadedDataset }) {
  const { counts } = info;
  return (
    <>
      <dl class="facts-table" data-dataset-version={info.meta.version}>
        <dt>{i18n.t('version')}</dt>
        <dd>{info.meta.version}</dd>
        <dt>{i18n.t('loaded')}</dt>
        <dd>{formatDate(info.loadedAt.slice(0, 10))}</dd>
        {info.dateRange && (
          <>
            <dt>{i18n.t('covers')}</dt>
            <dd>
              {formatDate(info.dateRange.from)} – {formatDate(info.dateRange.to)}
            </dd>
          </>
        )}
        <dt>{i18n.t('companies')}</dt>
        <dd>{counts.companies.toLocaleString('en-US')}</dd>
        <dt>{i18n.t('iceCbpAwards')}</dt>
        <dd>{counts.awards.toLocaleString('en-US')}</dd>
        <dt>{i18n.t('pentagonContractors')}</dt>
        <dd>{counts.dodContractors}</dd>
        <dt>{i18n.t('reportedContracts')}</dt>
        <dd>{counts.reportedContracts}</dd>
        <dt>{i18n.t('workerActionsTitle')}</dt>
        <dd>{counts.actions}</dd>
        {counts.policeRecords !== undefined && (
          <>
            <dt>{i18n.t('policeRecordsTitle')}</dt>
            <dd>
              {counts.policeRecords.toLocaleString('en-US')} (
              {i18n.t('policeAgencies', counts.policeAgencies ?? 0, [
                (counts.policeAgencies ?? 0).toLocaleString('en-US'),
              ])}
              )
            </dd>
          </>
        )}
      </dl>
      <h3>{i18n.t('credits')}</h3>
      <ul class="credits">
        {info.meta.credits.map((c) => (
          <li key={c.name}>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noreferrer">
                {c.name}
              </a>
            ) : (
              c.name
            )}{' '}
            <span class="muted small">({c.licence})</span>
          </li>
        ))}
      </ul>
      <h3>{i18n.t('caveats')}</h3>
      <ul class="muted small">
        {info.meta.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}
