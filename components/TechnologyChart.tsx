// Agencies by technology as horizontal bars, drawn as SVG from the figures, with the same
// figures in a table for screen readers.
import { formatNumber } from './format';
import { i18n } from '#i18n';
import { technologyLabel } from './labels';

const WIDTH = 360;
const ROW = 18;
const LABEL = 172;

export function TechnologyChart({ rows }: { rows: readonly { technology: string; agencies: number }[] }) {
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.agencies), 1);
  const barSpace = WIDTH - LABEL - 40;
  return (
    <figure class="chart tech-chart" aria-label={i18n.t('agenciesByTechnology')}>
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} role="img" aria-hidden="true">
        {rows.map((row, i) => {
          const width = Math.max(2, (row.agencies / max) * barSpace);
          return (
            <g key={row.technology} data-technology={row.technology} transform={`translate(0 ${i * ROW})`}>
              <title>{`${technologyLabel(row.technology)}: ${row.agencies}`}</title>
              <text class="axis" x={LABEL - 6} y={ROW - 5} text-anchor="end">
                {technologyLabel(row.technology)}
              </text>
              <rect class="bar bar-police" x={LABEL} y={3} width={width} height={ROW - 6} />
              <text class="axis" x={LABEL + width + 4} y={ROW - 5}>
                {formatNumber(row.agencies)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{i18n.t('agenciesByTechnology')}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.technology}>
              <td>{technologyLabel(row.technology)}</td>
              <td>{row.agencies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
