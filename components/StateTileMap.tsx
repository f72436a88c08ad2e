// Agencies by state as a tile-grid map of the US: one square a state, shaded by its count,
// drawn as SVG from the figures. A tile with agencies is a button that filters the list below;
// the same figures are in a table for screen readers.
import { formatNumber } from './format';
import { i18n } from '#i18n';
import { US_STATES } from '../lib/dataset/police';

/** Column and row of each state's tile: roughly where it lies, one square each. */
const TILES: Readonly<Record<string, readonly [number, number]>> = {
  AK: [0, 0],
  ME: [11, 0],
  WI: [6, 1],
  VT: [10, 1],
  NH: [11, 1],
  WA: [1, 2],
  ID: [2, 2],
  MT: [3, 2],
  ND: [4, 2],
  MN: [5, 2],
  IL: [6, 2],
  MI: [7, 2],
  NY: [9, 2],
  MA: [10, 2],
  OR: [1, 3],
  NV: [2, 3],
  WY: [3, 3],
  SD: [4, 3],
  IA: [5, 3],
  IN: [6, 3],
  OH: [7, 3],
  PA: [8, 3],
  NJ: [9, 3],
  CT: [10, 3],
  RI: [11, 3],
  CA: [1, 4],
  UT: [2, 4],
  CO: [3, 4],
  NE: [4, 4],
  MO: [5, 4],
  KY: [6, 4],
  WV: [7, 4],
  VA: [8, 4],
  MD: [9, 4],
  DE: [10, 4],
  AZ: [2, 5],
  NM: [3, 5],
  KS: [4, 5],
  AR: [5, 5],
  TN: [6, 5],
  NC: [7, 5],
  SC: [8, 5],
  DC: [9, 5],
  OK: [4, 6],
  LA: [5, 6],
  MS: [6, 6],
  AL: [7, 6],
  GA: [8, 6],
  HI: [0, 7],
  GU: [1, 7],
  AS: [2, 7],
  MP: [3, 7],
  TX: [4, 7],
  FL: [9, 7],
  PR: [10, 7],
  VI: [11, 7],
};

const SIZE = 30;
const GAP = 2;

/** Five shades, from the counts' spread: a state's shade says how it compares with the others. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.min(5, 1 + Math.floor((Math.log(count) / Math.log(Math.max(max, 2))) * 4.999));
}

export function StateTileMap({
  counts,
  selected,
  onSelect,
}: {
  counts: ReadonlyMap<string, number>;
  selected: string;
  onSelect: (state: string) => void;
}) {
  const max = Math.max(1, ...counts.values());
  const width = 12 * (SIZE + GAP);
  const height = 8 * (SIZE + GAP);
  const listed = [...counts].sort((a, b) => b[1] - a[1]);
  return (
    <figure class="tile-map" aria-label={i18n.t('agenciesByState')}>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={i18n.t('agenciesByState')}>
        {Object.entries(TILES).map(([state, [col, row]]) => {
          const count = counts.get(state) ?? 0;
          const label = `${US_STATES[state] ?? state}: ${i18n.t('policeAgencies', count, [formatNumber(count)])}`;
          const active = count > 0;
          const choose = () => onSelect(selected === state ? '' : state);
          return (
            <g
              key={state}
              data-state={state}
              class={`tile shade-${shadeOf(count, max)}${selected === state ? ' selected' : ''}`}
              transform={`translate(${col * (SIZE + GAP)} ${row * (SIZE + GAP)})`}
              {...(active
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': label,
                    'aria-pressed': selected === state,
                    onClick: choose,
                    onKeyDown: (e: KeyboardEvent) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        choose();
                      }
                    },
                  }
                : { 'aria-hidden': 'true' })}
            >
              <title>{label}</title>
              <rect width={SIZE} height={SIZE} rx={3} />
              <text x={SIZE / 2} y={SIZE / 2 + 4} text-anchor="middle">
                {state}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{i18n.t('agenciesByState')}</caption>
        <tbody>
          {listed.map(([state, count]) => (
            <tr key={state}>
              <td>{US_STATES[state] ?? state}</td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
