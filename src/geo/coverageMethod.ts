// How the coverage figures are worked out, in plain words, and which data they come from: shown
// on /plan and written into every export, so a figure in a report can be traced to its method,
// settings and data. One source for both, so the page and the files never disagree.
import type { PlacementReport } from './placePeople.ts';
import { GAP_LINK_M } from './worstGaps.ts';
import { formatNumber } from '../i18n';

/**
 * Why people are placed at postcodes: on Wigan's own figures, each MSOA's people shared over its
 * LSOAs by postcodes and by area, against the LSOAs' published populations (median error, %).
 * Checked against a fresh measurement by tests/unit/geo/coverageAccuracy.test.ts.
 */
export const POPULATION_CHECK = { msoas: 40, lsoas: 200, postcodesMedianPct: 14, areaMedianPct: 43 } as const;

/** The data the app ships (data/README.md). */
export const SHIPPED_DATA = {
  population: 'ONS mid-2015 population estimates by LSOA (the denominators of the English Indices of Deprivation 2019)',
  deprivation: 'English Indices of Deprivation 2019 (MHCLG): the IMD decile of each LSOA, 1 = the most deprived tenth of England',
  boundaries: 'ONS boundaries: wards May 2023, LSOAs December 2021, borough December 2023',
  homes: 'Ordnance Survey Code-Point Open 2014.3.0 (August 2014): one point per postcode',
} as const;

export interface MethodInputs {
  threshold: number;
  cellSide: number;
  /** "ward", "LSOA" or "area": what the table is by. */
  areaWord: string;
  placement: PlacementReport;
  /** False when no postcode points were available, so everyone was spread by area. */
  homesLoaded: boolean;
  /** Whether the LSOAs and the summary areas are the ones the app ships (their vintages are known). */
  lsoasShipped: boolean;
  summaryShipped: boolean;
}

export interface MethodLine {
  label: string;
  text: string;
}

const n = (v: number) => formatNumber(v);

export function methodLines(m: MethodInputs): MethodLine[] {
  const p = m.placement;
  const spread = p.areasByArea.length;
  const where = m.homesLoaded
    ? `Each LSOA’s population is shared equally among the postcodes inside it, and each person is counted at their postcode: in the ${m.areaWord} and ` +
      `deprivation decile of where they live. Postcodes rather than an even spread over each area, because people live in streets, not fields: ` +
      `sharing each of Wigan’s ${POPULATION_CHECK.msoas} MSOAs’ people among its LSOAs by postcodes gets the LSOAs’ published populations right to a median ` +
      `${POPULATION_CHECK.postcodesMedianPct}%, by area only to ${POPULATION_CHECK.areaMedianPct}%.` +
      (spread > 0
        ? ` ${n(spread)} ${spread === 1 ? 'LSOA holds' : 'LSOAs hold'} no postcode, so ${spread === 1 ? 'its' : 'their'} people are spread evenly over the area.`
        : '')
    : 'The postcode points could not be loaded, so each LSOA’s people are spread evenly over its area (less accurate: people live in streets, not fields). ' +
      `Each person is counted in the ${m.areaWord} and deprivation decile of the point they are placed at.`;
  const lines: MethodLine[] = [
    {
      label: 'Within reach',
      text:
        `A home counts as within reach when a chosen listing is at most ${n(m.threshold)} m away in a straight line, measured on the Earth’s surface ` +
        'from the home to the nearest listing. Walking routes, hills and busy roads are not taken into account.',
    },
    { label: 'Where people live', text: where },
    {
      label: 'Map cells',
      text:
        `The ${n(m.cellSide)} m hexagons only draw the results; no figure depends on their size. A hexagon is shaded as a gap when someone living in it is ` +
        'out of reach, or when nobody lives there and its centre is.',
    },
    {
      label: 'Worst gaps',
      text:
        `Homes out of reach within ${n(GAP_LINK_M)} m of each other in the same ${m.areaWord} form one gap, so a gap never spans two ${m.areaWord}s and ` +
        `never claims more people than its ${m.areaWord} has out of reach. Gaps are ranked by their people, weighted by deprivation as chosen.`,
    },
    {
      label: 'Population',
      text: m.lsoasShipped
        ? `${SHIPPED_DATA.population}: ${n(Math.round(p.people))} people.`
        : `LSOAs loaded into this project’s database, ${n(Math.round(p.people))} people; their population year is as supplied.`,
    },
    { label: 'Deprivation', text: m.lsoasShipped ? SHIPPED_DATA.deprivation : 'The IMD deciles given with the LSOAs loaded into this project’s database.' },
    {
      label: 'Boundaries',
      text:
        m.lsoasShipped && m.summaryShipped
          ? SHIPPED_DATA.boundaries
          : `${SHIPPED_DATA.boundaries}; the ${m.lsoasShipped ? `${m.areaWord}s` : 'LSOAs'} were loaded by a planner.`,
    },
  ];
  if (m.homesLoaded) lines.push({ label: 'Postcodes', text: `${SHIPPED_DATA.homes}; postcodes created since are missing.` });
  if (p.areasOutside.length > 0)
    lines.push({
      label: 'Left out',
      text: `${n(p.areasOutside.length)} LSOAs lie wholly outside the borough and are not counted: ${p.areasOutside.slice(0, 10).join(', ')}${p.areasOutside.length > 10 ? '…' : ''}.`,
    });
  if (p.peopleOutsideSummary >= 0.5)
    lines.push({ label: 'Outside every area', text: `${n(Math.round(p.peopleOutsideSummary))} people live outside every ${m.areaWord}; they count in the totals only.` });
  return lines;
}

export interface Provenance {
  /** What the file is, e.g. "Coverage by ward". */
  title: string;
  generatedAt: Date;
  /** The address of the analysis, which reproduces it. */
  link: string;
  /** The settings in words (listings chosen, distance, cell size, emphasis). */
  settings: MethodLine[];
  method: MethodLine[];
}

/** Provenance as plain data, for a GeoJSON export's "metadata" member. */
export function provenanceJson(p: Provenance) {
  const pairs = (lines: MethodLine[]) => Object.fromEntries(lines.map((l) => [l.label, l.text]));
  return {
    title: p.title,
    generated: p.generatedAt.toISOString(),
    link: p.link,
    settings: pairs(p.settings),
    method: pairs(p.method),
    source: 'Common Ground coverage analysis',
  };
}
