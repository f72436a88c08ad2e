// The options' first section: whether and how Backstory marks companies.
import { i18n } from '#i18n';
import { CATEGORIES } from '../lib/dataset/categories';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type HighlightStyle,
  type Settings,
} from '../lib/settings/settings';
import { categoryLabel } from './labels';

const styleLabel = (style: HighlightStyle): string =>
  style === 'underline'
    ? i18n.t('styleUnderline')
    : style === 'background'
      ? i18n.t('styleBackground')
      : i18n.t('styleNone');

export function MarkingSection({ settings, save }: { settings: Settings; save: (next: Settings) => void }) {
  return (
    <section aria-labelledby="general">
      <h2 id="general">{i18n.t('marking')}</h2>
      <label class="check">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {i18n.t('markPages')}
      </label>
      <fieldset>
        <legend>{i18n.t('markCompaniesWith')}</legend>
        {CATEGORIES.map((category) => (
          <label class="check" key={category}>
            <input
              type="checkbox"
              name={`category-${category}`}
              checked={settings.categories[category]}
              onChange={(e) =>
                save({
                  ...settings,
                  categories: {
                    ...settings.categories,
                    [category]: (e.currentTarget as HTMLInputElement).checked,
                  },
                })
              }
            />
            {categoryLabel(category)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('howMarked')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="check" key={style}>
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => save({ ...settings, highlightStyle: style })}
            />
            {styleLabel(style)}
          </label>
        ))}
      </fieldset>
      <label for="hover-delay">{i18n.t('hoverDelay')}</label>{' '}
      <input
        id="hover-delay"
        type="number"
        min={HOVER_DELAY_MIN_MS}
        max={HOVER_DELAY_MAX_MS}
        step={50}
        value={settings.hoverDelayMs}
        onChange={(e) =>
          save({ ...settings, hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })
        }
      />{' '}
      ms{' '}
      <span class="muted small">
        {i18n.t('hoverDelayRange', [HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS, DEFAULT_SETTINGS.hoverDelayMs])}
      </span>
    </section>
  );
}
