// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import type { OptionsApi } from './options-api';
import { ReportsSection } from './ReportsSection';

function fakeApi(importReports: OptionsApi['importReports']): OptionsApi {
  return {
    settings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => {},
    datasetInfo: async () => null,
    listReports: async () => [],
    importReports,
    deleteReport: async () => {},
    download: () => {},
    exportFile: () => '',
    updateStatus: () => Promise.reject(new Error('not used here')),
    setUpdates: () => Promise.reject(new Error('not used here')),
    checkUpdateNow: () => Promise.reject(new Error('not used here')),
  };
}

async function importFile(api: OptionsApi, file: File): Promise<string> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <ReportsSection
        api={api}
        settings={DEFAULT_SETTINGS}
        save={() => {}}
        reports={[]}
        reloadReports={async () => {}}
      />,
      root,
    ),
  );
  const input = root.querySelector<HTMLInputElement>('input[name="import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The message comes once the file is checked (and, if small enough, answered).
  await vi.waitFor(() => expect(root.querySelector('[data-import]')).not.toBeNull());
  return root.querySelector('[data-import]')!.textContent!;
}

describe('ReportsSection', () => {
  it('says how many reports came in and how many were already stored', async () => {
    const api = fakeApi(async () => ({ ok: true, imported: 1, skipped: 1 }));
    expect(await importFile(api, new File(['{}'], 'reports.json'))).toBe(
      'Imported 1 report. Skipped 1 already stored.',
    );
  });

  it('refuses a file too large by its size, without reading it or asking the background', async () => {
    const importReports = vi.fn<OptionsApi['importReports']>();
    const text = vi.spyOn(File.prototype, 'text');
    const message = await importFile(
      fakeApi(importReports),
      new File([new Uint8Array(6_200_000)], 'huge.json'),
    );
    expect(message).toBe('Nothing imported. The file is too large: 6.2 MB; the limit is 5.0 MB.');
    expect(importReports).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
  });

  it("gives the background's reason for a refused file, with the record and the length", async () => {
    const api = fakeApi(async () => ({
      ok: false,
      error: {
        code: 'importRecordRejected',
        record: 3,
        field: 'description',
        reason: 'errorDescriptionLong',
        size: 2001,
      },
    }));
    expect(await importFile(api, new File(['{}'], 'bad.json'))).toBe(
      'Nothing imported. Report 3: What happened: Keep it under 2000 characters (now 2001).',
    );
  });
});
