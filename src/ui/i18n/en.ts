// Shared components residents see (src/ui/).
import { formatNumber } from '../../i18n';

export default {
  // ResultItem
  hoursNotGiven: 'Opening times not given: contact them',
  hoursContact: 'Contact them for opening times',
  openNow: 'Open now',
  closedNow: 'Closed now',
  runBy: (p: { name: string }) => `Run by ${p.name}`,
  showOnMap: 'Show on map',
  // DownloadChoices
  csvHint: 'for a spreadsheet; imports back into Common Ground',
  geojsonHint: 'for a map or GIS',
  orukHint: 'for other directories (Open Referral UK services)',
  preparing: (p: { format: string }) => `Preparing the ${p.format} file…`,
  downloaded: (p: { file: string }) => `Downloaded ${p.file}.`,
  downloadFailed: (p: { format: string; reason: string }) => `The ${p.format} file could not be made: ${p.reason}`,
  download: (p: { format: string }) => `Download ${p.format}`,
  // ErrorSummary
  thereIsAProblem: 'There is a problem',
  // CategoryChecklist
  types: 'Types',
  typesOf: (p: { category: string }) => ` of ${p.category}`,
  count: (p: { count: number }) => ` (${formatNumber(p.count)})`,
  // ListingContacts
  contactPhone: 'Phone:',
  contactEmail: 'Email:',
  contactWebsite: 'Website:',
  noContact: 'No contact details given.',
  // Field, ChangesTable, RestoredDraftNotice
  errorPrefix: 'Error: ',
  changesField: 'Field',
  changesBefore: 'Before',
  changesAfter: 'After',
  draftRestored: (p: { when: string }) => `We restored the changes you had not saved, from ${p.when}.`,
  draftDiscard: 'Discard them',
  draftDiscarded: 'Your unsaved changes were discarded. The form is back as it was.',
  draftToday: (p: { time: string }) => `today at ${p.time}`,
  draftYesterday: (p: { time: string }) => `yesterday at ${p.time}`,
  draftOnDay: (p: { date: string; time: string }) => `${p.date} at ${p.time}`,
} as const;
