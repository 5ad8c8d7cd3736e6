// Synthetic assets: realistic enough to design, test and benchmark with, and never mistaken for
// real services (every name starts "Sample: ", every address says "sample address").
// generateAssets is pure: the same (n, seed, ctx) always gives the same array, so benchmarks can
// make 10k–50k assets that look exactly like the committed 1,500.
import { ACCESSIBILITY, AGE_GROUPS, type AccessibilityFeature, type AgeGroup, type AssetKind, type AssetStatus, type Category } from '../../src/domain/types';
import { SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';
import { ASSET_TEMPLATES, type AssetIdea, type AssetTemplate } from './assetTemplates';
import { pickOpeningHours } from './openingHours';
import { orgSpecFor, slugify, type SampleOrganisation } from './organisations';
import { createRandom, type Random } from './random';
import { flatDistance2, nearestTown, TOWNS, type Town } from './towns';

/** One row of data/postcodes.csv. */
export interface SamplePostcode {
  postcode: string;
  lat: number;
  lng: number;
  ward_code: string;
}

/**
 * What generateAssets needs to know about the place. loadSampleContext() (context.ts) builds it
 * from the committed data/ files.
 * - postcodes: real postcodes with coordinates; every asset sits at (or within ~40 m of) one.
 * - wards: ward code → name, used in service descriptions ("Covers Hindley ward").
 * - categories: the taxonomy; slugs without a template are skipped.
 * - orgs: the organisations that run assets. The two persona organisations (SAMPLE_ORG_A,
 *   SAMPLE_ORG_B) get 10–20 assets each, including a pending and a draft one; the others share
 *   the rest by their spec weight, in their own towns and categories.
 * - inside (optional): a point-in-boundary test; a jittered point outside it falls back to the
 *   exact postcode position, which is inside the borough by construction.
 */
export interface SampleContext {
  postcodes: SamplePostcode[];
  wards: { code: string; name: string }[];
  categories: Category[];
  orgs: SampleOrganisation[];
  inside?: (lng: number, lat: number) => boolean;
}

/** One asset as written to data/assets.json (the seed's input, close to the `assets` table). */
export interface SampleAsset {
  id: string;
  /** null for a listing imported from a partner dataset without an organisation. */
  org_id: string | null;
  kind: AssetKind;
  name: string;
  description: string;
  categories: string[];
  lat: number;
  lng: number;
  address: string;
  postcode: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  opening_hours: string | null;
  free: boolean;
  cost: string | null;
  age_groups: AgeGroup[];
  accessibility: AccessibilityFeature[];
  languages: string[];
  status: AssetStatus;
  last_verified_at: string | null;
  external_id: string | null;
  source: string | null;
  created_at: string;
  /** Meets at a private address (issue 15): residents see only the general area. Absent: no. */
  private_address?: boolean;
}

/** "Now" for the sample data: a fixed date so runs on different days write the same files. */
export const REFERENCE_DATE = Date.UTC(2026, 10, 1); // 2026-11-01T00:00:00Z

const DAY_MS = 86_400_000;
const STREETS = [
  'Market Street',
  'Church Street',
  'Wigan Road',
  'Bolton Road',
  'Chapel Street',
  'Station Road',
  'Manchester Road',
  'Liverpool Road',
  'Warrington Road',
  'Bridge Street',
  'King Street',
  'Queen Street',
  'Victoria Road',
  'Albert Street',
  'Park Road',
  'Mill Lane',
  'School Lane',
  'Railway Road',
  'Elliott Street',
  'Newton Road',
  'Gerard Street',
  'Ormskirk Road',
  'Leigh Road',
  'Atherton Road',
  'Chorley Road',
  'Lily Lane',
  'Hall Lane',
  'Bradshaw Street',
  'Spring Street',
  'Water Street',
  'Moss Lane',
  'Scot Lane',
];
const SAINTS = [
  'Mary',
  'John',
  'Peter',
  'Paul',
  'James',
  'Thomas',
  'Anne',
  'Michael',
  'Matthew',
  'Andrew',
  'Catharine',
  'Elizabeth',
  'Stephen',
  'Luke',
  'George',
  'David',
  'Oswald',
  'Aidan',
  'Wilfrid',
  'Hilda',
];
const VENUES = [
  '{town} Library',
  "St {saint}'s Church Hall",
  '{town} Methodist Hall',
  '{street} Community Rooms',
  "{town} Children's Centre",
  '{town} Leisure Centre',
  '{town} Miners Institute',
  '{town} Health Centre',
  '{town} Town Hall',
  '{town} Salvation Army Hall',
  '{town} Cricket Club',
  '{town} Scout Hall',
];
const NTH = ['1st', '2nd', '3rd', '4th', '5th', '6th'];
const COSTS = [
  '£2 per session',
  '£1 donation',
  '£3.50 per lunch',
  '£4 per class',
  '£15 per term',
  '£5 a month membership',
  '£2.50 including refreshments',
  'Adults £4, children free',
  '£25 a year',
  '£3 per session, concessions £1.50',
  'Pay as you feel',
  '£1 a week',
];
const OTHER_LANGUAGES = ['ur', 'pl', 'bn', 'ar', 'ro', 'zh'];
// Every sample listing's source starts "Sample: ", which is how api.published_assets() marks it
// as sample data (planners can leave the samples out): the made-up partner datasets, and one
// source for the rest.
export const SAMPLE_SOURCE = 'Sample: Common Ground demo listings';
const PARTNER_SOURCES: Record<string, { source: string; prefix: string; share: number }> = {
  health: { source: 'Sample: NHS Wigan community directory', prefix: 'NHS-', share: 0.4 },
  'mental-wellbeing': { source: 'Sample: NHS Wigan community directory', prefix: 'NHS-', share: 0.25 },
  'children-families': { source: 'Sample: Wigan Family Information Service', prefix: 'FIS-', share: 0.3 },
  youth: { source: 'Sample: Wigan Family Information Service', prefix: 'FIS-', share: 0.2 },
  'advice-money': { source: 'Sample: Wigan Council advice directory', prefix: 'WCA-', share: 0.2 },
  housing: { source: 'Sample: Wigan Council advice directory', prefix: 'WCA-', share: 0.2 },
};
// Places keep more features than sessions held in someone else's building.
const ACCESS_ODDS: Record<AccessibilityFeature, number> = {
  step_free: 0.7,
  accessible_toilet: 0.5,
  hearing_loop: 0.25,
  accessible_parking: 0.4,
  bsl: 0.05,
  large_print: 0.2,
  quiet_space: 0.2,
  assistance_dogs: 0.5,
};
/** Nearest postcodes considered for each town: about a 1 km radius in a large town. */
const TOWN_POOL = 300;

interface Prepared {
  orgs: { org: SampleOrganisation; focus: string[]; towns: Town[]; weight: number }[];
  /** Sub-category slug -> its category, for the sub-categories ctx.categories has. */
  parentOf: Map<string, string>;
  templates: Map<string, AssetTemplate>;
  wardName: Map<string, string>;
  byTown: Map<string, SamplePostcode[]>;
}

function prepare(ctx: SampleContext): Prepared {
  if (ctx.postcodes.length === 0) throw new Error('generateAssets: ctx.postcodes is empty; run `npm run data` first');
  if (ctx.orgs.length === 0) throw new Error('generateAssets: ctx.orgs is empty');
  const templates = new Map<string, AssetTemplate>();
  for (const c of ctx.categories) if (ASSET_TEMPLATES[c.slug]) templates.set(c.slug, ASSET_TEMPLATES[c.slug]);
  if (templates.size === 0) throw new Error('generateAssets: none of ctx.categories has an asset template');
  const allSlugs = [...templates.keys()];
  const townByName = new Map(TOWNS.map((t) => [t.name, t]));
  const orgs = ctx.orgs.map((org) => {
    const spec = orgSpecFor(org);
    const focus = (spec?.focus ?? allSlugs).filter((s) => templates.has(s));
    return {
      org,
      focus: focus.length ? focus : allSlugs,
      towns: (spec?.towns ?? []).map((n) => townByName.get(n)).filter((t): t is Town => !!t),
      weight: spec?.weight ?? 1,
    };
  });
  const byTown = new Map<string, SamplePostcode[]>();
  for (const t of TOWNS) {
    const ranked = ctx.postcodes.map((p) => ({ p, d: flatDistance2(p.lat, p.lng, t.lat, t.lng) })).sort((a, b) => a.d - b.d || (a.p.postcode < b.p.postcode ? -1 : 1));
    byTown.set(
      t.name,
      ranked.slice(0, TOWN_POOL).map((r) => r.p),
    );
  }
  const parentOf = new Map(ctx.categories.filter((c) => c.parent).map((c) => [c.slug, c.parent!]));
  return { orgs, parentOf, templates, wardName: new Map(ctx.wards.map((w) => [w.code, w.name])), byTown };
}

/**
 * `n` synthetic assets. Deterministic in (n, seed, ctx). Names are unique within one call.
 * Throws when ctx is missing the postcodes, organisations or categories it needs.
 */
export function generateAssets(n: number, seed: number, ctx: SampleContext): SampleAsset[] {
  const prep = prepare(ctx);
  const rnd = createRandom(seed);
  const names = new Set<string>();
  const externalIds = new Set<string>();
  const orgA = prep.orgs.find((o) => o.org.id === SAMPLE_ORG_A);
  const orgB = prep.orgs.find((o) => o.org.id === SAMPLE_ORG_B);
  const others = prep.orgs.filter((o) => o !== orgA && o !== orgB);
  // The persona organisations get a fixed block of assets, so each editor persona has a realistic
  // list to work on whatever n is (10–20 each for the committed 1,500).
  const countA = orgA ? Math.min(14, Math.floor(n / 4)) : 0;
  const countB = orgB ? Math.min(12, Math.floor(n / 4)) : 0;

  const assets: SampleAsset[] = [];
  for (let i = 0; i < n; i++) {
    let owner: Prepared['orgs'][number];
    let forced: AssetStatus | null = null;
    if (i < countA) {
      owner = orgA!;
      forced = i === 0 ? 'pending' : i === 1 ? 'draft' : null;
    } else if (i < countA + countB) {
      owner = orgB!;
      forced = i === countA ? 'pending' : i === countA + 1 ? 'draft' : null;
    } else {
      owner = rnd.weighted(others.length ? others : prep.orgs, (o) => o.weight);
    }
    assets.push(makeAsset(rnd, prep, ctx, owner, forced, names, externalIds));
  }
  // The demo's home group (issue 15): the first published writers' group that meets by
  // arrangement, of an organisation no sample person belongs to, meets in members' homes, so at a
  // private address. Chosen without a draw, so the random stream (and everything else
  // generated) is unchanged.
  const home = assets.find(
    (a) => a.name.endsWith(' Writers Group') && a.status === 'published' && a.opening_hours === null && a.org_id !== SAMPLE_ORG_A && a.org_id !== SAMPLE_ORG_B,
  );
  if (home) home.private_address = true;
  return assets;
}

function makeAsset(
  rnd: Random,
  prep: Prepared,
  ctx: SampleContext,
  owner: Prepared['orgs'][number],
  forcedStatus: AssetStatus | null,
  names: Set<string>,
  externalIds: Set<string>,
): SampleAsset {
  // The first focus area is the organisation's main work, so it gets the most assets.
  const primary = rnd.weighted(owner.focus, (s) => 1 / (1 + owner.focus.indexOf(s)));
  const tpl = prep.templates.get(primary)!;

  const pc = pickPostcode(rnd, prep, ctx, owner.towns);
  const town = nearestTown(pc.lat, pc.lng).name;
  const street = rnd.pick(STREETS);
  const fill = (s: string) =>
    s
      .replace('{venue}', rnd.pick(VENUES))
      .replace('{nth}', rnd.pick(NTH))
      .replace('{town}', town)
      .replace('{street}', rnd.pick(STREETS))
      .replace('{saint}', rnd.pick(SAINTS));

  const { idea, name } = uniqueIdea(rnd, tpl, fill, names);
  const kind = idea.kind;
  const categories = categoriesOf(idea, primary, pickRelated(rnd, tpl, prep), prep);
  const opening_hours = pickOpeningHours(rnd, kind, primary);
  const description = describe(rnd, tpl, idea.lead, kind, opening_hours, prep.wardName.get(pc.ward_code));
  const free = !rnd.chance(tpl.paidShare);
  const accessibility = pickAccessibility(rnd, kind);
  const languages = ['en'];
  if (rnd.chance(0.1)) languages.push(rnd.pick(OTHER_LANGUAGES));
  if (accessibility.includes('bsl') || /Deaf/.test(name)) languages.push('bsl');
  if (/Deaf/.test(name) && !accessibility.includes('bsl')) accessibility.push('bsl');

  const spec = orgSpecFor(owner.org);
  const status = forcedStatus ?? pickStatus(rnd, spec?.status === 'pending');
  const { last_verified_at, created_at } = pickDates(rnd, status);
  const partner = PARTNER_SOURCES[primary];
  let external_id: string | null = null;
  let source = SAMPLE_SOURCE;
  if (partner && rnd.chance(partner.share)) {
    do external_id = `${partner.prefix}${rnd.int(1000, 99999)}`;
    while (externalIds.has(external_id));
    externalIds.add(external_id);
    source = partner.source;
  }
  const slug = slugify(name.replace(/^Sample: /, ''));
  const { lat, lng } = jitter(rnd, pc, ctx.inside);
  return {
    id: rnd.uuid(),
    org_id: owner.org.id,
    kind,
    name,
    description,
    categories,
    lat,
    lng,
    address: `${rnd.int(1, 180)} ${street}, ${town} (sample address)`,
    postcode: pc.postcode,
    phone: rnd.chance(0.7) ? `0161 496 ${String(rnd.int(0, 999)).padStart(4, '0')}` : null,
    email: rnd.chance(0.75) ? `${slug.slice(0, 40).replace(/-$/, '')}@example.org` : null,
    website: rnd.chance(0.6) ? `https://example.org/${slugify(owner.org.name.replace(/^Sample: /, ''))}/${slug}` : null,
    opening_hours,
    free,
    cost: free ? null : rnd.pick(COSTS),
    age_groups: idea.ages ? idea.ages.slice() : pickAges(rnd, tpl),
    accessibility,
    languages,
    status,
    last_verified_at,
    external_id,
    source,
    created_at,
  };
}

/** Near a town centre most of the time (services cluster), sometimes anywhere (a village hall). */
function pickPostcode(rnd: Random, prep: Prepared, ctx: SampleContext, homeTowns: Town[]): SamplePostcode {
  if (rnd.chance(0.12)) return rnd.pick(ctx.postcodes);
  const town = homeTowns.length && rnd.chance(0.8) ? rnd.pick(homeTowns) : rnd.weighted(TOWNS, (t) => t.weight);
  const pool = prep.byTown.get(town.name)!;
  // Squaring a uniform number favours the nearest postcodes: a dense centre, a thinner edge.
  return pool[Math.floor(rnd.next() ** 2 * pool.length)];
}

/** Up to ~40 m from the postcode, so assets sharing one do not sit on a single pixel. */
function jitter(rnd: Random, pc: SamplePostcode, inside?: (lng: number, lat: number) => boolean) {
  const lat = round6(pc.lat + (rnd.next() - 0.5) * 0.0007);
  const lng = round6(pc.lng + (rnd.next() - 0.5) * 0.0012);
  if (inside && !inside(lng, lat)) return { lat: round6(pc.lat), lng: round6(pc.lng) };
  return { lat, lng };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** An idea whose filled-in name is not taken yet; same-named ones get the street they meet in. */
function uniqueIdea(rnd: Random, tpl: AssetTemplate, fill: (s: string) => string, names: Set<string>): { idea: AssetIdea; name: string } {
  for (let attempt = 0; attempt < 8; attempt++) {
    const idea = rnd.pick(tpl.items);
    const name = `Sample: ${fill(idea.name)}`;
    if (!names.has(name)) return { idea, name: remember(names, name) };
  }
  const idea = rnd.pick(tpl.items);
  const base = `Sample: ${fill(idea.name)}`;
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = `${base} (${rnd.pick(STREETS)})`;
    if (!names.has(name)) return { idea, name: remember(names, name) };
  }
  let k = 2;
  while (names.has(`${base} ${k}`)) k++;
  return { idea, name: remember(names, `${base} ${k}`) };
}

function remember(names: Set<string>, name: string): string {
  names.add(name);
  return name;
}

/** The idea's sub-category first (when the taxonomy has it), then its template's category unless that is the sub-category's parent; at most three. */
function categoriesOf(idea: AssetIdea, primary: string, related: string[], prep: Prepared): string[] {
  const sub = idea.sub && prep.parentOf.has(idea.sub) ? idea.sub : null;
  if (!sub) return [primary, ...related];
  const out = [sub, ...(prep.parentOf.get(sub) === primary ? [] : [primary]), ...related];
  return out.filter((c, i) => out.indexOf(c) === i && c !== prep.parentOf.get(sub)).slice(0, 3);
}

function pickRelated(rnd: Random, tpl: AssetTemplate, prep: Prepared): string[] {
  const related = tpl.related.filter((s) => prep.templates.has(s));
  const r = rnd.next();
  const count = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
  return rnd.sample(related, count);
}

function describe(rnd: Random, tpl: AssetTemplate, lead: string, kind: AssetKind, hours: string | null, ward: string | undefined): string {
  const sentences = [lead];
  if (hours === null) sentences.push('Meets by arrangement: please get in touch first.');
  else if (kind === 'service' && ward && rnd.chance(0.3)) sentences.push(`Covers ${ward} ward and nearby.`);
  const extras = rnd.sample(tpl.extras, rnd.int(0, 3 - sentences.length));
  return [...sentences, ...extras].join(' ');
}

/** For general-audience categories: open to all, or to teenagers and adults, or adults only. */
function pickAges(rnd: Random, tpl: AssetTemplate): AgeGroup[] {
  if (tpl.ages) return tpl.ages.slice();
  const r = rnd.next();
  if (r < 0.6) return Object.keys(AGE_GROUPS) as AgeGroup[];
  if (r < 0.85) return ['young_people', 'adults', 'older_people'];
  return ['adults', 'older_people'];
}

function pickAccessibility(rnd: Random, kind: AssetKind): AccessibilityFeature[] {
  const scale = kind === 'place' ? 1 : 0.6;
  return (Object.keys(ACCESSIBILITY) as AccessibilityFeature[]).filter((f) => rnd.chance(ACCESS_ODDS[f] * scale));
}

function pickStatus(rnd: Random, orgPending: boolean): AssetStatus {
  // A pending organisation's assets wait for review with it.
  if (orgPending) return rnd.chance(0.7) ? 'pending' : 'draft';
  const r = rnd.next();
  if (r < 0.94) return 'published';
  if (r < 0.97) return 'pending';
  if (r < 0.985) return 'draft';
  if (r < 0.995) return 'archived';
  return 'rejected';
}

/**
 * Verification ages spread over 20 months: most within 6 months, about a quarter 6–12 months
 * old and some over a year, so the "stale" views have something to show. Drafts were never
 * verified; pending assets were submitted recently.
 */
function pickDates(rnd: Random, status: AssetStatus): { last_verified_at: string | null; created_at: string } {
  const at = (daysAgo: number) => new Date(REFERENCE_DATE - daysAgo * DAY_MS - rnd.int(8 * 60, 18 * 60) * 60_000);
  if (status === 'draft') return { last_verified_at: null, created_at: at(rnd.int(1, 60)).toISOString() };
  const r = rnd.next();
  const verifiedDaysAgo = status === 'pending' ? rnd.int(0, 30) : r < 0.6 ? rnd.int(0, 180) : r < 0.85 ? rnd.int(181, 365) : rnd.int(366, 608);
  const verified = at(verifiedDaysAgo);
  const created = new Date(verified.getTime() - rnd.int(0, 900) * DAY_MS);
  return { last_verified_at: verified.toISOString(), created_at: created.toISOString() };
}

/**
 * Public facilities of the types no community organisation runs (GP practices, pharmacies,
 * schools, fire stations…): listings a council or the NHS would import from its own datasets,
 * so they have no organisation, a partner source and a partner ID. One sparse layer per type, for
 * planners to analyse. Drawn from their own random stream after the community listings, so those
 * stay exactly as they were.
 */
export const FACILITY_TYPES: { sub: string; count: number; names: string[]; lead: string; source: string; prefix: string; hours: string[] }[] = [
  {
    sub: 'gp-practice',
    count: 18,
    names: ['{town} Medical Practice', '{street} Surgery', '{town} Family Doctors', '{town} Medical Centre'],
    lead: 'An NHS GP practice: register here to see a doctor or nurse.',
    source: 'Sample: NHS Wigan primary care',
    prefix: 'GP-',
    hours: ['Mo-Fr 08:00-18:30', 'Mo-Fr 08:00-18:30; Sa 09:00-12:00', 'Mo-Fr 08:00-18:00'],
  },
  {
    sub: 'pharmacy',
    count: 16,
    names: ['{town} Pharmacy', '{street} Chemist', '{town} Community Pharmacy'],
    lead: 'Prescriptions, advice on minor illnesses and flu vaccinations.',
    source: 'Sample: NHS Wigan primary care',
    prefix: 'PH-',
    hours: ['Mo-Fr 09:00-18:00; Sa 09:00-13:00', 'Mo-Sa 08:00-22:00; Su 10:00-16:00', 'Mo-Fr 09:00-17:30'],
  },
  {
    sub: 'dentist',
    count: 9,
    names: ['{town} Dental Practice', '{street} Dental Care'],
    lead: 'NHS and private dental care; call to ask about new NHS patients.',
    source: 'Sample: NHS Wigan primary care',
    prefix: 'DN-',
    hours: ['Mo-Fr 09:00-17:00', 'Mo-Th 08:30-17:30; Fr 08:30-13:00'],
  },
  {
    sub: 'hospital',
    count: 2,
    names: ['{town} Infirmary', '{town} Community Hospital'],
    lead: 'A hospital with outpatient clinics and an urgent treatment centre.',
    source: 'Sample: NHS Wigan primary care',
    prefix: 'HO-',
    hours: ['24/7'],
  },
  {
    sub: 'library',
    count: 6,
    names: ['{town} Library', '{town} Library and Information Centre'],
    lead: 'Books, computers, study space and events; free to join.',
    source: 'Sample: Wigan Council libraries',
    prefix: 'LIB-',
    hours: ['Mo-Fr 09:00-17:00; Sa 10:00-13:00', 'Mo,Tu,Th,Fr 09:30-17:00; Sa 10:00-14:00'],
  },
  {
    sub: 'school',
    count: 20,
    names: ['{town} Primary School', "St {saint}'s Primary School", '{town} High School', '{town} Academy'],
    lead: 'A state school; ask the school about its community use of rooms and pitches.',
    source: 'Sample: Wigan Council schools',
    prefix: 'SCH-',
    hours: ['Mo-Fr 08:45-15:15'],
  },
  {
    sub: 'college',
    count: 3,
    names: ['{town} College', '{town} Sixth Form College'],
    lead: 'Further education courses for young people and adults.',
    source: 'Sample: Wigan Council schools',
    prefix: 'COL-',
    hours: ['Mo-Fr 09:00-17:00', 'Mo-Th 09:00-20:00; Fr 09:00-16:30'],
  },
  {
    sub: 'care-home',
    count: 12,
    names: ['{town} Care Home', '{street} Nursing Home', '{town} House Residential Home'],
    lead: 'Residential and nursing care; visitors welcome.',
    source: 'Sample: Wigan Council adult care',
    prefix: 'CH-',
    hours: ['24/7'],
  },
  {
    sub: 'care-at-home',
    count: 4,
    names: ['{town} Home Care', '{town} Care at Home Team'],
    lead: 'Carers who visit people at home to help with washing, dressing and meals.',
    source: 'Sample: Wigan Council adult care',
    prefix: 'HC-',
    hours: ['Mo-Su 07:00-22:00'],
  },
  {
    sub: 'fire-station',
    count: 5,
    names: ['{town} Fire Station', '{town} Community Fire Station'],
    lead: 'A fire and rescue station; ask about free home fire safety checks.',
    source: 'Sample: Greater Manchester Fire and Rescue',
    prefix: 'FS-',
    hours: ['Mo-Fr 09:00-17:00'],
  },
  {
    sub: 'police-station',
    count: 3,
    names: ['{town} Police Station'],
    lead: 'A police station with a front desk for reporting and advice.',
    source: 'Sample: Greater Manchester Police',
    prefix: 'PS-',
    hours: ['Mo-Fr 10:00-18:00', 'Mo-Sa 08:00-20:00'],
  },
  {
    sub: 'jobcentre',
    count: 3,
    names: ['{town} Jobcentre Plus', '{town} Jobcentre'],
    lead: 'Help with benefits and finding work; most visits are by appointment.',
    source: 'Sample: Jobcentre Plus offices',
    prefix: 'JC-',
    hours: ['Mo-Fr 09:00-17:00'],
  },
  {
    sub: 'post-office',
    count: 12,
    names: ['{town} Post Office', '{street} Post Office'],
    lead: 'Post, parcels, banking, bill payments and cash withdrawals.',
    source: 'Sample: Post Office branches',
    prefix: 'PO-',
    hours: ['Mo-Fr 09:00-17:30; Sa 09:00-12:30', 'Mo-Sa 07:00-22:00; Su 10:00-16:00'],
  },
];

export function generateFacilities(seed: number, ctx: SampleContext, taken: readonly SampleAsset[]): SampleAsset[] {
  const prep = prepare(ctx);
  const rnd = createRandom(seed ^ 0xfac1);
  const names = new Set(taken.map((a) => a.name));
  const externalIds = new Set(taken.flatMap((a) => (a.external_id ? [a.external_id] : [])));
  const out: SampleAsset[] = [];
  for (const type of FACILITY_TYPES) {
    if (!prep.parentOf.has(type.sub)) continue;
    const kind = (ctx.categories.find((c) => c.slug === type.sub)?.kind ?? 'place') as AssetKind;
    for (let k = 0; k < type.count; k++) {
      const pc = pickPostcode(rnd, prep, ctx, []);
      const town = nearestTown(pc.lat, pc.lng).name;
      const fill = (t: string) => t.replace('{town}', town).replace('{street}', rnd.pick(STREETS)).replace('{saint}', rnd.pick(SAINTS));
      const tpl: AssetTemplate = { items: type.names.map((n) => ({ name: n, kind, lead: type.lead })), extras: [], related: [], ages: null, paidShare: 0 };
      const { name } = uniqueIdea(rnd, tpl, fill, names);
      let external_id: string;
      do external_id = `${type.prefix}${rnd.int(1000, 99999)}`;
      while (externalIds.has(external_id));
      externalIds.add(external_id);
      const { last_verified_at, created_at } = pickDates(rnd, 'published');
      const { lat, lng } = jitter(rnd, pc, ctx.inside);
      out.push({
        id: rnd.uuid(),
        org_id: null,
        kind,
        name,
        description: type.lead,
        categories: [type.sub],
        lat,
        lng,
        address: `${rnd.int(1, 180)} ${rnd.pick(STREETS)}, ${town} (sample address)`,
        postcode: pc.postcode,
        phone: `0161 496 ${String(rnd.int(0, 999)).padStart(4, '0')}`,
        email: null,
        website: null,
        opening_hours: rnd.pick(type.hours),
        free: true,
        cost: null,
        age_groups: type.sub === 'school' ? ['children', 'young_people'] : (Object.keys(AGE_GROUPS) as AgeGroup[]),
        accessibility: pickAccessibility(rnd, 'place'),
        languages: ['en'],
        status: 'published',
        last_verified_at,
        external_id,
        source: type.source,
        created_at,
      });
    }
  }
  return out;
}
