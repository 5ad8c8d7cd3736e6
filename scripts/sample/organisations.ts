// The sample organisations written to data/organisations.json. Each spec also says where the
// organisation works and what it does, which the asset generator uses to give it a believable
// set of assets (a food network runs food banks in its own town, not youth clubs everywhere).
import type { Organisation } from '../../src/domain/types';
import { SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';
import { createRandom } from './random';

/** An organisation as stored in data/organisations.json. */
export type SampleOrganisation = Pick<Organisation, 'id' | 'name' | 'description' | 'email' | 'website' | 'phone' | 'status' | 'auto_publish'>;

export interface OrgSpec {
  name: string; // without the "Sample: " prefix
  /** Towns it works in (names from TOWNS); empty means borough-wide. */
  towns: string[];
  /** Categories it works in, most important first. */
  focus: string[];
  description: string;
  /** Relative share of the assets it runs. */
  weight: number;
  status: 'verified' | 'pending';
  auto_publish: boolean;
}

const v = (name: string, towns: string[], focus: string[], description: string, weight = 1, auto_publish = false): OrgSpec => ({
  name,
  towns,
  focus,
  description,
  weight,
  status: 'verified',
  auto_publish,
});

export const ORG_SPECS: OrgSpec[] = [
  // The two persona organisations come first; their ids are fixed in src/backend/personas.ts.
  v(
    'Hindley Community Trust',
    ['Hindley', 'Hindley Green'],
    ['community-venues', 'older-people', 'children-families', 'youth', 'digital-inclusion'],
    'A community anchor in Hindley running the community centre, youth work and activities for older residents.',
  ),
  v(
    'Leigh Food Network',
    ['Leigh', 'Bedford', 'Pennington', 'Westleigh'],
    ['food-support', 'advice-money', 'housing'],
    'A network of food banks, pantries and community cafés across Leigh, with advice on hand.',
    1,
    true,
  ),
  v('Wigan Borough Carers Centre', [], ['carers', 'mental-wellbeing', 'advice-money'], 'Information, advice and breaks for unpaid carers across the borough.', 1.6, true),
  v('Wigan and Leigh Advice Partnership', [], ['advice-money', 'housing', 'employment-skills'], 'Free, independent advice on benefits, debt, housing and work.', 2, true),
  v(
    'Atherton and Tyldesley Youth Partnership',
    ['Atherton', 'Tyldesley', 'Hag Fold', 'Howe Bridge'],
    ['youth', 'sport-activity', 'arts-culture'],
    'Youth clubs, detached youth work and holiday programmes in Atherton and Tyldesley.',
    1.2,
  ),
  v(
    'Ashton Community Pantry Collective',
    ['Ashton-in-Makerfield', 'Bryn'],
    ['food-support', 'volunteering'],
    'Volunteer-run pantries and community fridges in Ashton and Bryn.',
  ),
  v('Standish Village Volunteers', ['Standish'], ['volunteering', 'older-people', 'green-spaces'], 'Good neighbours, litter picks and lunch clubs in Standish.'),
  v(
    'Golborne and Lowton Family Partnership',
    ['Golborne', 'Lowton'],
    ['children-families', 'youth', 'food-support'],
    'Stay and play, parenting support and holiday clubs for families in Golborne and Lowton.',
    1.2,
    true,
  ),
  v('Orrell Wellbeing Collective', ['Orrell', 'Winstanley'], ['mental-wellbeing', 'arts-culture'], 'Creative and social activities that help people feel well.'),
  v('Wigan Borough Mind Network', [], ['mental-wellbeing', 'health'], 'Peer support groups, safe havens and wellbeing courses across the borough.', 1.8, true),
  v('Age Friendly Wigan Borough', [], ['older-people', 'health', 'digital-inclusion'], 'Friendship groups, befriending and help at home for people over 60.', 2, true),
  v(
    'Leigh Active Community Trust',
    ['Leigh', 'Westleigh', 'Pennington'],
    ['sport-activity', 'health', 'youth'],
    'Community sport and physical activity for all ages in and around Leigh.',
    1.3,
  ),
  v(
    'Wigan Borough Friends of Parks Forum',
    [],
    ['green-spaces', 'volunteering'],
    'Brings together the friends groups that look after local parks and nature reserves.',
    1.5,
    true,
  ),
  v(
    'Pemberton Churches Together',
    ['Pemberton', 'Norley', 'Kitt Green', 'Newtown'],
    ['faith', 'food-support', 'older-people'],
    'Churches in Pemberton working together on food, warmth and friendship.',
  ),
  v(
    'Ince and Platt Bridge Community Association',
    ['Ince', 'Platt Bridge'],
    ['community-venues', 'children-families', 'food-support'],
    'Runs community rooms and family activities in Ince and Platt Bridge.',
  ),
  v(
    'Abram Miners Welfare Trust',
    ['Abram', 'Platt Bridge'],
    ['community-venues', 'sport-activity', 'older-people'],
    'Keeps the welfare hall and playing fields open for the community.',
    0.7,
  ),
  v(
    'Shevington Arts Society',
    ['Shevington', 'Appley Bridge'],
    ['arts-culture', 'older-people'],
    'Painting, crafts and music for all ages in Shevington and Appley Bridge.',
    0.6,
  ),
  v(
    'Astley Heritage Group',
    ['Astley', 'Mosley Common', 'Tyldesley'],
    ['arts-culture', 'green-spaces'],
    'Local history, heritage walks and the old colliery landscape.',
    0.6,
  ),
  v(
    'Wigan Deaf and Disability Forum',
    [],
    ['disability', 'advice-money', 'sport-activity'],
    'Run by disabled people for disabled people: advice, social groups and inclusive sport.',
    1.4,
    true,
  ),
  v('Wigan Borough Autism Network', [], ['disability', 'carers', 'children-families'], 'Support and social groups for autistic people and their families.', 1),
  v('Leigh Digital Buddies', ['Leigh', 'Bedford', 'Westleigh'], ['digital-inclusion', 'employment-skills'], 'Volunteers helping people get online with confidence.', 0.8),
  v(
    'Friends of Wigan Libraries',
    [],
    ['arts-culture', 'digital-inclusion', 'children-families'],
    'Reading groups, computer help and family events in local libraries.',
    1.3,
  ),
  v('Wigan Youth Arts Collective', ['Wigan', 'Scholes', 'Whelley'], ['youth', 'arts-culture'], 'Music, drama and art for young people in Wigan.', 0.8),
  v("Tyldesley Men's Shed", ['Tyldesley', 'Astley'], ['mental-wellbeing', 'volunteering'], 'Practical projects and good company for anyone who wants it.', 0.4),
  v(
    'Wigan Borough Housing Support Alliance',
    [],
    ['housing', 'advice-money', 'mental-wellbeing'],
    'Homelessness prevention, tenancy support and drop-ins across the borough.',
    1.4,
    true,
  ),
  v(
    'Wigan Town Centre Churches',
    ['Wigan', 'Scholes', 'Newtown'],
    ['faith', 'housing', 'food-support'],
    'Churches in central Wigan running warm spaces, meals and support for people sleeping rough.',
  ),
  v(
    'Wigan Interfaith Community Kitchen',
    ['Wigan', 'Ince', 'Pemberton'],
    ['faith', 'food-support', 'community-venues'],
    'Faith communities cooking and sharing meals together.',
    0.6,
  ),
  v(
    'Healthier Wigan Community Health Team',
    [],
    ['health', 'sport-activity', 'mental-wellbeing'],
    'Health checks, stop smoking and healthy lifestyle services in the community.',
    1.8,
    true,
  ),
  v(
    'Wigan Borough Social Prescribing Network',
    [],
    ['health', 'mental-wellbeing', 'older-people'],
    'Link workers who connect people with local groups and support.',
    1.2,
    true,
  ),
  v('Hindley Green Bowling and Social Club', ['Hindley Green', 'Hindley'], ['sport-activity', 'older-people'], 'Bowls, social events and a friendly welcome.', 0.3),
  v('Golborne Skills and Learning Centre', ['Golborne', 'Lowton'], ['employment-skills', 'digital-inclusion'], 'Adult learning, job clubs and computer classes.', 0.8),
  v('Wigan Works Employment Partnership', [], ['employment-skills', 'youth', 'advice-money'], 'Job clubs, training and support into work across the borough.', 1.4),
  v(
    'Aspull and Haigh Community Group',
    ['Aspull', 'Haigh', 'Whelley'],
    ['community-venues', 'green-spaces', 'older-people'],
    'The village hall, the community garden and a lot of tea.',
    0.6,
  ),
  v('Bryn Family Trust', ['Bryn', 'Ashton-in-Makerfield'], ['children-families', 'youth'], 'Family support, toddler groups and youth clubs in Bryn.', 0.7),
  v(
    'Worsley Mesnes Together',
    ['Worsley Mesnes', 'Goose Green'],
    ['community-venues', 'food-support', 'advice-money'],
    'A residents-led community hub with a pantry and advice.',
    0.7,
  ),
  v('Wigan Borough Young Carers', [], ['carers', 'youth'], 'Breaks, activities and support for young carers aged 8 to 25.', 0.7),
  v(
    'Leigh Rugby Community Foundation',
    ['Leigh', 'Pennington', 'Bedford'],
    ['sport-activity', 'youth', 'health'],
    'Sport, health and education projects run by the community foundation.',
    0.9,
  ),
  v('Lowton Community Garden Project', ['Lowton', 'Golborne'], ['green-spaces', 'mental-wellbeing', 'volunteering'], 'Growing food, friendships and wellbeing.', 0.4),
  v('Atherton Arts and Heritage', ['Atherton', 'Hag Fold'], ['arts-culture', 'community-venues'], 'Exhibitions, choirs and local history in Atherton.', 0.5),
  v('Wigan Borough Credit Union Partners', [], ['advice-money', 'employment-skills'], 'Saving and fair borrowing through collection points across the borough.', 0.6),
  {
    name: 'Marsh Green and Beech Hill Residents Network',
    towns: ['Marsh Green', 'Beech Hill'],
    focus: ['community-venues', 'volunteering'],
    description: 'A new residents network setting up a community room and litter picks.',
    weight: 0.08,
    status: 'pending',
    auto_publish: false,
  },
  {
    name: 'Westleigh Warm Spaces Group',
    towns: ['Westleigh'],
    focus: ['housing', 'community-venues'],
    description: 'Volunteers opening warm, welcoming spaces in Westleigh over the winter.',
    weight: 0.06,
    status: 'pending',
    auto_publish: false,
  },
];

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The organisations for data/organisations.json, in ORG_SPECS order. */
export function buildOrganisations(seed: number): SampleOrganisation[] {
  const rnd = createRandom(seed ^ 0x0a9e);
  return ORG_SPECS.map((spec, i) => {
    const slug = slugify(spec.name);
    const id = i === 0 ? SAMPLE_ORG_A : i === 1 ? SAMPLE_ORG_B : rnd.uuid();
    return {
      id,
      name: `Sample: ${spec.name}`,
      description: spec.description,
      email: `${slug}@example.org`,
      website: rnd.chance(0.8) ? `https://example.org/${slug}` : null,
      phone: rnd.chance(0.85) ? `0161 496 ${String(rnd.int(0, 999)).padStart(4, '0')}` : null,
      status: spec.status,
      auto_publish: spec.auto_publish,
    };
  });
}

/** The spec behind a sample organisation, matched by name so a reloaded JSON file still finds it. */
export function orgSpecFor(org: Pick<SampleOrganisation, 'name'>): OrgSpec | undefined {
  return ORG_SPECS.find((s) => `Sample: ${s.name}` === org.name);
}
