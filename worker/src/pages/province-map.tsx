/**
 * Indonesia's 38 provinces as a tile grid drawn on the server (SVG, no tiles or scripts from elsewhere), placed
 * roughly as the archipelago lies — Sumatra left, Java and Nusa Tenggara below, Kalimantan, Sulawesi, Maluku,
 * Papua to the right — each tile shaded by its evidence and linking to its regions.
 */
/** Column, row and short label of each province tile, by Kemendagri code. */
const PROVINCE_TILES: Readonly<Record<string, readonly [number, number, string]>> = {
  '11': [0, 0, 'ACEH'],
  '12': [1, 1, 'SUMUT'],
  '14': [2, 1, 'RIAU'],
  '21': [3, 1, 'KEPRI'],
  '13': [1, 2, 'SUMBAR'],
  '15': [2, 2, 'JAMBI'],
  '17': [2, 3, 'BKL'],
  '16': [3, 3, 'SUMSEL'],
  '19': [4, 3, 'BABEL'],
  '18': [3, 4, 'LPG'],
  '31': [5, 4, 'DKI'],
  '36': [4, 5, 'BTN'],
  '32': [5, 5, 'JABAR'],
  '33': [6, 5, 'JATENG'],
  '34': [6, 6, 'DIY'],
  '35': [7, 5, 'JATIM'],
  '51': [8, 6, 'BALI'],
  '52': [9, 6, 'NTB'],
  '53': [10, 6, 'NTT'],
  '61': [5, 2, 'KALBAR'],
  '62': [6, 3, 'KALTENG'],
  '63': [7, 4, 'KALSEL'],
  '64': [7, 2, 'KALTIM'],
  '65': [7, 1, 'KALTARA'],
  '75': [10, 1, 'GTLO'],
  '71': [11, 1, 'SULUT'],
  '72': [9, 2, 'SULTENG'],
  '76': [8, 3, 'SULBAR'],
  '74': [9, 3, 'SULTRA'],
  '73': [8, 4, 'SULSEL'],
  '82': [12, 2, 'MALUT'],
  '81': [12, 4, 'MALUKU'],
  '96': [13, 2, 'PBD'],
  '92': [14, 2, 'PABAR'],
  '91': [16, 2, 'PAPUA'],
  '94': [15, 3, 'PATENG'],
  '95': [16, 3, 'PAPEG'],
  '93': [16, 4, 'PASEL'],
};

const TILE = 44;
const GAP = 4;
const SHADES = ['#eef3f0', '#cfe5d8', '#9fcbb2', '#5fa983', '#2e7d57', '#17573b'];

export interface ProvinceMapProps {
  /** Evidence per province code (e.g. distinct innovations); provinces without are drawn blank. */
  evidence: ReadonlyMap<string, number>;
  /** Province names by code, for the tiles' titles. */
  names: ReadonlyMap<string, string>;
  href: (provinceCode: string) => string;
  label: string;
  selected?: string | null;
}

export function ProvinceMap({ evidence, names, href, label, selected }: ProvinceMapProps) {
  const max = Math.max(1, ...evidence.values());
  const cols = 17;
  const rows = 7;
  return (
    <svg
      class="province-map"
      viewBox={`0 0 ${cols * (TILE + GAP)} ${rows * (TILE + GAP)}`}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      {Object.entries(PROVINCE_TILES).map(([code, [col, row, short]]) => {
        const value = evidence.get(code) ?? 0;
        const shade = value
          ? SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((value / max) * (SHADES.length - 2)))]
          : SHADES[0];
        const dark = value / max > 0.5;
        return (
          <a href={href(code)} key={code} data-province={code}>
            <title>{`${names.get(code) ?? code}: ${value}`}</title>
            <rect
              x={col * (TILE + GAP)}
              y={row * (TILE + GAP)}
              width={TILE}
              height={TILE}
              rx={6}
              fill={shade}
              stroke={selected === code ? '#0b5cad' : '#c8d3cc'}
              stroke-width={selected === code ? 3 : 1}
            />
            <text
              x={col * (TILE + GAP) + TILE / 2}
              y={row * (TILE + GAP) + TILE / 2 - 2}
              text-anchor="middle"
              font-size="9"
              fill={dark ? '#fff' : '#1f2328'}
            >
              {short}
            </text>
            <text
              x={col * (TILE + GAP) + TILE / 2}
              y={row * (TILE + GAP) + TILE / 2 + 11}
              text-anchor="middle"
              font-size="10"
              font-weight="700"
              fill={dark ? '#fff' : '#1f2328'}
            >
              {value || ''}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

export interface BarChartProps {
  bars: readonly { label: string; value: number; href: string }[];
  label: string;
}

/** Horizontal bars drawn on the server: one per region, its score, each a link to the region's page. */
export function BarChart({ bars, label }: BarChartProps) {
  const width = 640;
  const barHeight = 26;
  const labelWidth = 230;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${width} ${bars.length * (barHeight + 6) + 4}`}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      {bars.map((bar, i) => {
        const y = i * (barHeight + 6) + 2;
        const w = Math.max(2, ((width - labelWidth - 50) * bar.value) / max);
        return (
          <a href={bar.href} key={bar.label}>
            <text
              x={labelWidth - 8}
              y={y + barHeight / 2 + 5}
              text-anchor="end"
              font-size="14"
              fill="#1f2328"
            >
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y} width={w} height={barHeight} rx={4} fill="#2e7d57" />
            <text x={labelWidth + w + 6} y={y + barHeight / 2 + 5} font-size="13" fill="#3d4752">
              {bar.value}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
