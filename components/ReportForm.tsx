import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { publicIssueUrl } from '../lib/reports/public-issue';
import {
  REPORT_KINDS,
  validateReport,
  type Report,
  type ReportErrors,
  type ReportField,
  type ReportInput,
} from '../lib/reports/report';
import { companyNamed, searchCompanies, type CompanyEntry } from './company-lookup';
import { kindLabel, reportErrorText } from './labels';
import type { PopupApi } from './popup-api';

export interface ReportFormProps {
  api: PopupApi;
  companies: CompanyEntry[];
  /** Starting values: a company chosen in the popup, or a draft (typed earlier, or from the context menu). */
  initial: Partial<ReportInput>;
  today: string;
  trackerUrl: string;
  onSaved: (report: Report) => void;
  onCancel: () => void;
}

const EMPTY: ReportInput = {
  companyId: '',
  companyName: '',
  kind: 'contract',
  date: '',
  description: '',
  sourceUrl: '',
};

export function ReportForm({
  api,
  companies,
  initial,
  today,
  trackerUrl,
  onSaved,
  onCancel,
}: ReportFormProps) {
  const [input, setInput] = useState<ReportInput>(() => {
    const start = { ...EMPTY, ...initial };
    const known = companies.find((c) => c.id === start.companyId);
    return known ? { ...start, companyName: known.name } : start;
  });
  const [errors, setErrors] = useState<ReportErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Report | undefined>();
  const firstInvalid = useRef<HTMLFormElement>(null);

  // The company list may arrive after the draft: name a chosen company once it does.
  useEffect(() => {
    if (!input.companyId || input.companyName) return;
    const known = companies.find((c) => c.id === input.companyId);
    if (known) setInput((previous) => ({ ...previous, companyName: known.name }));
  }, [companies]);

  const change = (next: ReportInput, field: ReportField) => {
    setInput(next);
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    // Kept as it is typed: closing the popup mid-sentence loses nothing.
    void api.saveDraft(next);
  };
  const update = (field: ReportField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    change({ ...input, [field]: value }, field);
  };
  const updateCompany = (event: Event) => {
    const typed = (event.currentTarget as HTMLInputElement).value;
    const known = companyNamed(companies, typed);
    change({ ...input, companyName: typed, companyId: known?.id ?? '' }, 'companyId');
  };

  async function submit(event: Event) {
    event.preventDefault();
    setFailure('');
    const names = new Map(companies.map((c) => [c.id, c.name]));
    const checked = validateReport(input, (id) => names.get(id), today);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() =>
        firstInvalid.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaving(true);
    try {
      const result = await api.addReport(input);
      if (result.ok) {
        await api.clearDraft();
        setSaved(result.report);
      } else setErrors(result.errors);
    } catch (error) {
      setFailure(i18n.t('notSaved', [error instanceof Error ? error.message : String(error)]));
    } finally {
      setSaving(false);
    }
  }

  if (saved) {
    return (
      <section class="report-saved" aria-label={i18n.t('reportSaved')}>
        <h2>{i18n.t('reportSaved')}</h2>
        <p>{i18n.t('reportSavedText', [saved.companyName])}</p>
        <p class="muted small">{i18n.t('submitPubliclyExplained')}</p>
        <div class="buttons">
          <a
            class="primary button-link"
            href={publicIssueUrl(trackerUrl, saved)}
            target="_blank"
            rel="noreferrer"
          >
            {i18n.t('submitPublicly')}
          </a>
          <button type="button" onClick={() => onSaved(saved)}>
            {i18n.t('done')}
          </button>
        </div>
      </section>
    );
  }

  const isNew = input.companyId === '' && input.companyName.trim().length >= 2;
  const field = (name: ReportField) => ({
    id: `report-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `report-${name}-error` : undefined,
  });
  const error = (name: ReportField) =>
    errors[name] ? (
      <p class="field-error" id={`report-${name}-error`} role="alert">
        {reportErrorText(errors[name], input.description)}
      </p>
    ) : null;

  return (
    <form
      class="report-form"
      ref={firstInvalid}
      onSubmit={submit}
      noValidate
      aria-label={i18n.t('reportIncident')}
    >
      <h2>{i18n.t('reportIncident')}</h2>
      <label for="report-companyId">{i18n.t('fieldCompany')}</label>
      <input
        {...field('companyId')}
        type="text"
        list="report-companies"
        autoComplete="off"
        placeholder={i18n.t('companyPlaceholder')}
        value={input.companyName}
        onInput={updateCompany}
      />
      <datalist id="report-companies">
        {searchCompanies(companies, input.companyName, 20).map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      {isNew && !errors.companyId && (
        <p class="muted small" data-hint="new-company">
          {i18n.t('newCompanyHint')}
        </p>
      )}
      {error('companyId')}
      <label for="report-kind">{i18n.t('fieldKind')}</label>
      <select {...field('kind')} value={input.kind} onChange={update('kind')}>
        {REPORT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </select>
      {error('kind')}
      <label for="report-date">{i18n.t('fieldDate')}</label>
      <input {...field('date')} type="date" max={today} value={input.date} onInput={update('date')} />
      {error('date')}
      <label for="report-description">{i18n.t('fieldDescription')}</label>
      <textarea
        {...field('description')}
        rows={4}
        value={input.description}
        onInput={update('description')}
      />
      {error('description')}
      <label for="report-sourceUrl">{i18n.t('fieldSource')}</label>
      <input
        {...field('sourceUrl')}
        type="url"
        placeholder="https://"
        value={input.sourceUrl}
        onInput={update('sourceUrl')}
      />
      {error('sourceUrl')}
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      <p class="muted small">{i18n.t('savedLocally')}</p>
      <div class="buttons">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? i18n.t('saving') : i18n.t('saveReport')}
        </button>
        <button
          type="button"
          onClick={() => {
            void api.clearDraft();
            onCancel();
          }}
        >
          {i18n.t('discard')}
        </button>
      </div>
    </form>
  );
}
