// @vitest-environment jsdom
import '../tests/support/english-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../lib/messages';
import { DEFAULT_UPDATE_STATE } from '../lib/updates/update-state';
import type { OptionsApi } from './options-api';
import { UpdatesSection } from './UpdatesSection';

const OFF: UpdateStatus = {
  state: DEFAULT_UPDATE_STATE,
  address: 'https://updates.example/dataset/v1/',
  dataset: null,
};

async function show(api: Partial<OptionsApi>): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<UpdatesSection api={api as OptionsApi} onDatasetChange={() => {}} />, root));
  await act(async () => {});
  return root;
}

describe('UpdatesSection', () => {
  it('is off at first, and says what it would check and send', async () => {
    const root = await show({ updateStatus: async () => OFF });
    const box = root.querySelector<HTMLInputElement>('input[name="dataset-updates"]')!;
    expect(box.checked).toBe(false);
    expect(root.textContent).toContain('Checks updates.example once a week; sends nothing but the request.');
    expect(root.querySelector('button.check-now')).toBeNull();
  });

  it('stays off and says so when the browser refuses the host', async () => {
    const root = await show({ updateStatus: async () => OFF, setUpdates: async () => false });
    const box = root.querySelector<HTMLInputElement>('input[name="dataset-updates"]')!;
    await act(async () => {
      box.click();
    });
    await act(async () => {});
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/did not allow/);
  });

  it('shows why the last update was refused, and that the dataset is unchanged', async () => {
    const refused: UpdateStatus = {
      ...OFF,
      state: {
        ...DEFAULT_UPDATE_STATE,
        enabled: true,
        lastCheck: {
          at: '2026-12-04T12:00:00.000Z',
          outcome: 'refused',
          refusal: { reason: 'badSignature' },
        },
      },
    };
    const root = await show({ updateStatus: async () => refused });
    expect(root.querySelector('[data-last-check="refused"]')!.textContent).toMatch(
      /not applied: its signature is not the project's\. The dataset in use is unchanged\./,
    );
    expect(root.querySelector('button.check-now')).not.toBeNull();
  });
});
