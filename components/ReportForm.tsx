import { useState } from 'preact/hooks';
import {
  REPORT_KINDS,
  validateReport,
  type Report,
  type ReportErrors,
  type ReportField,
  type ReportInput,
} from '../lib/reports/report';
import type { PopupApi } from './popup-api';

const KIND_LABELS: Record<string, string> = {
  contract: 'Contract',
  'worker-action': 'Worker action',
  other: 'Other',
};

export interface ReportFormProps {
  api: PopupApi;
  companies: { id: string; name: string }[];
  initial: Partial<ReportInput>;
  today: string;
  onSaved: (report: Report) => void;
  onCancel: () => void;
}

export function ReportForm({ api, companies, initial, today, onSaved, onCancel }: ReportFormProps) {
  const [input, setInput] = useState<ReportInput>({
    companyId: initial.companyId ?? '',
    kind: initial.kind ?? 'contract',
    date: initial.date ?? '',
    description: initial.description ?? '',
    sourceUrl: initial.sourceUrl ?? '',
  });
  const [errors, setErrors] = useState<ReportErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const update = (field: ReportField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setInput((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  async function submit(event: Event) {
    event.preventDefault();
    setFailure('');
    const known = new Set(companies.map((c) => c.id));
    const checked = validateReport(input, (id) => known.has(id), today);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const result = await api.addReport(input);
      if (result.ok) onSaved(result.report);
      else setErrors(result.errors);
    } catch (error) {
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  const field = (name: ReportField) => ({
    id: `report-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `report-${name}-error` : undefined,
  });
  const error = (name: ReportField) =>
    errors[name] ? (
      <p class="field-error" id={`report-${name}-error`} role="alert">
        {errors[name]}
      </p>
    ) : null;

  return (
    <form class="report-form" onSubmit={submit} noValidate aria-label="Report an incident">
      <h2>Report an incident</h2>
      <label for="report-companyId">Company</label>
      <select {...field('companyId')} value={input.companyId} onChange={update('companyId')}>
        <option value="">Choose…</option>
        {companies.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {error('companyId')}
      <label for="report-kind">Kind</label>
      <select {...field('kind')} value={input.kind} onChange={update('kind')}>
        {REPORT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      {error('kind')}
      <label for="report-date">Date</label>
      <input {...field('date')} type="date" max={today} value={input.date} onInput={update('date')} />
      {error('date')}
      <label for="report-description">What happened</label>
      <textarea
        {...field('description')}
        rows={4}
        value={input.description}
        onInput={update('description')}
      />
      {error('description')}
      <label for="report-sourceUrl">Source link</label>
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
      <p class="muted small">Saved only in this browser. Nothing is sent anywhere.</p>
      <div class="buttons">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save report'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
