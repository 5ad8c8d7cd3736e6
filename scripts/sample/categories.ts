// The sample taxonomy written to data/categories.json. Colours are 18 hues 20° apart, each darkened
// until it reaches at least 4.6:1 contrast on a light basemap (#f2efe9), so a marker or legend
// text stays readable (WCAG 1.4.11 asks 3:1 for graphics). Neighbouring hues are close, so every
// category also has its own icon: the legend still works in greyscale or for colour-blind users.
import type { Category } from '../../src/domain/types';

export const CATEGORIES: Category[] = [
  { slug: 'food-support', label: 'Food support', parent: null, colour: '#ae4b19', icon: 'basket',
    description: 'Food banks, community pantries and fridges, free and low-cost meals.' },
  { slug: 'mental-wellbeing', label: 'Mental health and wellbeing', parent: null, colour: '#7c48e5', icon: 'heart',
    description: 'Peer support, talking groups, wellbeing activities and crisis help.' },
  { slug: 'older-people', label: 'Older people', parent: null, colour: '#2463e0', icon: 'walking-stick',
    description: 'Lunch clubs, friendship groups, befriending and help at home for older residents.' },
  { slug: 'children-families', label: 'Children and families', parent: null, colour: '#c41c8c', icon: 'family',
    description: 'Family hubs, stay and play, parenting support and holiday activities.' },
  { slug: 'youth', label: 'Young people', parent: null, colour: '#b71ab7', icon: 'youth',
    description: 'Youth clubs, mentoring, uniformed groups and detached youth work.' },
  { slug: 'advice-money', label: 'Advice and money', parent: null, colour: '#117856', icon: 'pound',
    description: 'Benefits, debt, energy and legal advice, and help with bills.' },
  { slug: 'employment-skills', label: 'Work and skills', parent: null, colour: '#117834', icon: 'briefcase',
    description: 'Job clubs, training, adult learning and volunteering into work.' },
  { slug: 'digital-inclusion', label: 'Digital inclusion', parent: null, colour: '#16709c', icon: 'laptop',
    description: 'Free wifi, device lending and help to get online safely.' },
  { slug: 'arts-culture', label: 'Arts and culture', parent: null, colour: '#a329e0', icon: 'palette',
    description: 'Creative groups, choirs, heritage, libraries and community theatre.' },
  { slug: 'sport-activity', label: 'Sport and physical activity', parent: null, colour: '#347811', icon: 'running',
    description: 'Clubs, walking groups, swimming and gentle exercise for all abilities.' },
  { slug: 'green-spaces', label: 'Parks and green spaces', parent: null, colour: '#127d12', icon: 'tree',
    description: 'Parks, nature reserves, community gardens and allotments.' },
  { slug: 'faith', label: 'Faith communities', parent: null, colour: '#8a6314', icon: 'place-of-worship',
    description: 'Churches, mosques and other faith groups that open their doors to the community.' },
  { slug: 'community-venues', label: 'Community venues', parent: null, colour: '#cd1d58', icon: 'town-hall',
    description: 'Community centres, halls and rooms that local groups can use.' },
  { slug: 'health', label: 'Health', parent: null, colour: '#d21e1e', icon: 'medical',
    description: 'Health checks, stop smoking, sexual health and NHS community services.' },
  { slug: 'carers', label: 'Carers', parent: null, colour: '#117474', icon: 'hands',
    description: 'Support, breaks and advice for unpaid carers of all ages.' },
  { slug: 'disability', label: 'Disability', parent: null, colour: '#4c4ce6', icon: 'wheelchair',
    description: 'Groups and services for disabled people, autistic people and people with learning disabilities.' },
  { slug: 'volunteering', label: 'Volunteering', parent: null, colour: '#537411', icon: 'volunteer',
    description: 'Ways to give time, from one-off tasks to regular roles.' },
  { slug: 'housing', label: 'Housing and homelessness', parent: null, colour: '#6b6b0f', icon: 'home',
    description: 'Housing advice, tenancy support, homelessness help and warm spaces.' },
];

export const CATEGORY_SLUGS: readonly string[] = CATEGORIES.map((c) => c.slug);
