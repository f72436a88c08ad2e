// Obligations by fiscal year as stacked bars, one colour per agency. Drawn as SVG from the
// figures; each bar carries its numbers as a title, and the same figures are in a table
// for screen readers.
import { i18n } from '#i18n';
import { CHART_AGENCIES, type YearBar } from '../lib/dataset/award-table';
import { formatUSD } from './format';

const WIDTH = 360;
const HEIGHT = 120;
const AXIS = 16;

export function BarChart({ bars }: { bars: readonly YearBar[] }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.total), 1);
  const slot = WIDTH / bars.length;
  const barWidth = Math.max(4, Math.min(28, slot - 4));
  const present = CHART_AGENCIES.filter((agency) => bars.some((b) => b.byAgency[agency] > 0));
  return (
    <figure class="chart" aria-label={i18n.t('obligationsByYear')}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-hidden="true">
        {bars.map((bar, i) => {
          let top = HEIGHT;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={bar.fiscalYear} data-year={bar.fiscalYear}>
              <title>
                {`FY${bar.fiscalYear}: ${present.map((a) => `${a} ${formatUSD(bar.byAgency[a])}`).join(', ')}`}
              </title>
              {present.map((agency) => {
                const height = (bar.byAgency[agency] / max) * (HEIGHT - 4);
                top -= height;
                return height > 0 ? (
                  <rect
                    key={agency}
                    class={`bar bar-${agency}`}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                  />
                ) : null;
              })}
              {(bars.length <= 12 || i % 2 === 0) && (
                <text class="axis" x={x + barWidth / 2} y={HEIGHT + AXIS - 3} text-anchor="middle">
                  {`’${String(bar.fiscalYear).slice(2)}`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {present.map((agency) => (
          <span key={agency}>
            <i class={`swatch bar-${agency}`} /> {agency}
          </span>
        ))}
        <span class="muted">· {i18n.t('peakPerYear', [formatUSD(max)])}</span>
      </figcaption>
      <table class="visually-hidden">
        <caption>{i18n.t('obligationsByYear')}</caption>
        <thead>
          <tr>
            <th>{i18n.t('fiscalYear')}</th>
            {present.map((a) => (
              <th key={a}>{a}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.fiscalYear}>
              <td>{`FY${bar.fiscalYear}`}</td>
              {present.map((a) => (
                <td key={a}>{formatUSD(bar.byAgency[a])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
