// Town and village centres of Wigan borough. Real services cluster around these (high streets,
// libraries, health centres), so the generator places most assets near them; the weight is how
// many services a centre attracts, roughly by size. Centres were checked against the postcode
// file: each lies within 300 m of a postcode in the ward of the same name.

export interface Town {
  name: string;
  lat: number;
  lng: number;
  weight: number;
}

export const TOWNS: Town[] = [
  { name: 'Wigan', lat: 53.5448, lng: -2.6318, weight: 10 },
  { name: 'Leigh', lat: 53.4975, lng: -2.519, weight: 7 },
  { name: 'Ashton-in-Makerfield', lat: 53.487, lng: -2.641, weight: 3.5 },
  { name: 'Atherton', lat: 53.523, lng: -2.493, weight: 3.5 },
  { name: 'Hindley', lat: 53.5355, lng: -2.575, weight: 3 },
  { name: 'Tyldesley', lat: 53.513, lng: -2.468, weight: 3 },
  { name: 'Standish', lat: 53.586, lng: -2.661, weight: 2.5 },
  { name: 'Golborne', lat: 53.477, lng: -2.596, weight: 2.5 },
  { name: 'Pemberton', lat: 53.533, lng: -2.686, weight: 2.5 },
  { name: 'Ince', lat: 53.538, lng: -2.61, weight: 2 },
  { name: 'Lowton', lat: 53.47, lng: -2.565, weight: 2 },
  { name: 'Orrell', lat: 53.53, lng: -2.708, weight: 1.5 },
  { name: 'Platt Bridge', lat: 53.522, lng: -2.6, weight: 1.5 },
  { name: 'Marsh Green', lat: 53.556, lng: -2.655, weight: 1.5 },
  { name: 'Scholes', lat: 53.544, lng: -2.62, weight: 1.5 },
  { name: 'Westleigh', lat: 53.504, lng: -2.538, weight: 1.2 },
  { name: 'Abram', lat: 53.508, lng: -2.593, weight: 1 },
  { name: 'Shevington', lat: 53.574, lng: -2.696, weight: 1 },
  { name: 'Astley', lat: 53.5, lng: -2.445, weight: 1 },
  { name: 'Aspull', lat: 53.567, lng: -2.587, weight: 1 },
  { name: 'Bryn', lat: 53.499, lng: -2.65, weight: 1 },
  { name: 'Winstanley', lat: 53.521, lng: -2.68, weight: 1 },
  { name: 'Beech Hill', lat: 53.556, lng: -2.645, weight: 1 },
  { name: 'Hindley Green', lat: 53.53, lng: -2.545, weight: 1 },
  { name: 'Whelley', lat: 53.553, lng: -2.608, weight: 1 },
  { name: 'Worsley Mesnes', lat: 53.53, lng: -2.637, weight: 1 },
  { name: 'Newtown', lat: 53.54, lng: -2.648, weight: 1 },
  { name: 'Pennington', lat: 53.49, lng: -2.53, weight: 1 },
  { name: 'Bedford', lat: 53.493, lng: -2.51, weight: 1 },
  { name: 'Norley', lat: 53.55, lng: -2.665, weight: 0.7 },
  { name: 'Kitt Green', lat: 53.54, lng: -2.675, weight: 0.7 },
  { name: 'Goose Green', lat: 53.527, lng: -2.65, weight: 0.7 },
  { name: 'Howe Bridge', lat: 53.516, lng: -2.514, weight: 0.7 },
  { name: 'Hag Fold', lat: 53.529, lng: -2.512, weight: 0.6 },
  { name: 'Appley Bridge', lat: 53.578, lng: -2.72, weight: 0.5 },
  { name: 'Haigh', lat: 53.58, lng: -2.61, weight: 0.3 },
  { name: 'Mosley Common', lat: 53.518, lng: -2.425, weight: 0.3 },
];

/** Squared distance in a local flat projection: enough to rank places a few km apart. */
export function flatDistance2(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dy = lat1 - lat2;
  const dx = (lng1 - lng2) * 0.595; // cos(53.5°): a degree of longitude is shorter this far north
  return dx * dx + dy * dy;
}

export function nearestTown(lat: number, lng: number, towns: readonly Town[] = TOWNS): Town {
  let best = towns[0];
  let bestD = Infinity;
  for (const t of towns) {
    const d = flatDistance2(lat, lng, t.lat, t.lng);
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  }
  return best;
}
