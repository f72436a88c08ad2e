// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from './popup-api';
import { ReportForm } from './ReportForm';

function renderForm(addReport: PopupApi['addReport'] = () => Promise.reject(new Error('not reached'))) {
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  const api = { addReport, saveDraft: async () => {}, clearDraft: async () => {} } as unknown as PopupApi;
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ReportForm
      api={api}
      companies={[{ id: 'palantir', name: 'Palantir' }]}
      initial={{ companyId: 'palantir' }}
      today="2026-12-03"
      trackerUrl="https://github.com/collective-action/tech/issues/new"
      onSaved={() => {}}
      onCancel={() => {}}
    />,
    root,
  );
  /** Types into a field as a user does: one input event, then the form renders it. */
  const type = async (id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#report-${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((done) => setTimeout(done, 0));
  };
  const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const errorOf = (id: string) => root.querySelector(`#report-${id}-error`)?.textContent ?? null;
  return { root, type, submit, errorOf };
}

// One form in the document at a time: its fields' ids are the form's own.
afterEach(() => {
  for (const root of document.body.children) render(null, root);
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('ReportForm', () => {
  it('says beside each wrong field what is wrong, with the right numbers, and sends nothing', async () => {
    const addReport = vi.fn<PopupApi['addReport']>();
    const form = renderForm(addReport);
    form.submit();
    await vi.waitFor(() => expect(form.errorOf('date')).toBe('Enter the date as YYYY-MM-DD.'));
    expect(form.errorOf('description')).toBe('Describe what happened in at least 10 characters.');
    expect(form.errorOf('sourceUrl')).toBe('A source link is required, so others can check the report.');
    expect(form.errorOf('companyId')).toBeNull();

    await form.type('date', '2026-12-04');
    await form.type('description', 'x'.repeat(2001));
    await form.type('sourceUrl', 'javascript:alert(1)');
    form.submit();
    await vi.waitFor(() => expect(form.errorOf('date')).toBe('The date cannot be in the future.'));
    expect(form.errorOf('description')).toBe('Keep it under 2000 characters (now 2001).');
    expect(form.errorOf('sourceUrl')).toBe('Only http and https links are accepted.');
    expect(form.root.querySelector('#report-date')!.getAttribute('aria-invalid')).toBe('true');
    expect(addReport).not.toHaveBeenCalled();
  });

  it("shows the background's refusal beside the field it names", async () => {
    const form = renderForm(async () => ({ ok: false, errors: { date: 'errorDateFuture' } }));
    await form.type('date', '2026-12-03');
    await form.type('description', 'ICE extended the order again.');
    await form.type('sourceUrl', 'https://www.usaspending.gov/award/X');
    form.submit();
    await vi.waitFor(() => expect(form.errorOf('date')).toBe('The date cannot be in the future.'));
  });
});
