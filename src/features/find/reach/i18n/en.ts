// Reach presets ("within a 15 minute walk") and "open on a date" on the find page.
const en = {
  howFar: 'How far',
  anyDistance: 'Any distance',
  walk: (p: { minutes: number; distance: string }) => `Within a ${p.minutes} minute walk (about ${p.distance})`,
  drive: (p: { minutes: number; distance: string }) => `Within a ${p.minutes} minute drive (about ${p.distance})`,
  howFarHint: 'Distances are in a straight line from your postcode or location, so the journey may take a little longer.',
  howFarNeedsPlace: 'Enter a postcode or use your location first: until then nothing is hidden for being far away.',
  summaryWalk: (p: { minutes: number }) => `within a ${p.minutes} minute walk`,
  summaryDrive: (p: { minutes: number }) => `within a ${p.minutes} minute drive`,
  widerArea: (p: { area: string; count: number }) => `Search again over a wider area: ${p.area} (${p.count} ${p.count === 1 ? 'result' : 'results'})`,
  anyDistanceArea: 'any distance',
  date: 'Date',
  dateOptional: '(optional)',
  dateHint: 'Choose a date to check that very day, for groups that meet on some weeks only (such as the 2nd Tuesday of the month).',
  clearDate: 'Clear the date',
} as const;

export default en;
