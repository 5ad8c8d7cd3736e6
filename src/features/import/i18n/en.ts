// The partner data import wizard (src/features/import/*.tsx), and the words its checks build: the
// progress labels, the wizard's own messages, the problems of a file and of its rows. The import
// worker builds the problems in the language the page asks for (RunOptions.locale).
import { formatNumber, plural } from '../../../i18n';

/** "1 row", "1,204 rows". */
const counted = (n: number, one: string, other: string) => plural(n, { one: `${formatNumber(n)} ${one}`, other: `${formatNumber(n)} ${other}` });

export default {
  // ImportPage, StepIndicator
  title: 'Import partner data',
  checkingWho: 'Checking who you are…',
  onlyModerators: 'Only council moderators can import partner data, because an import publishes assets on the map straight away.',
  localModeHow: 'In local mode, choose “Council moderator” in the “Acting as” menu above.',
  importComplete: 'Import complete',
  stepOf: (p: { step: number; name: string }) => `Step ${p.step} of 4: ${p.name}`,
  pageTitle: (p: { error: boolean; name: string }) => `${p.error ? 'Error: ' : ''}${p.name} – Import partner data`,
  step1: 'Choose the file',
  step2: 'Match columns and categories',
  step3: 'Check the rows',
  step4: 'Import',
  steps: 'Steps',
  done: ' (done)',
  stepCaption: (p: { step: number }) => `Step ${p.step} of 4`,
  // ImportCounts
  countNew: 'new',
  countNewHint: 'not on the map yet',
  countUpdated: 'updated',
  countUpdatedHint: 'same partner ID as an asset on the map',
  countDuplicates: 'possible duplicates',
  countDuplicatesRepeatsHint: (p: { repeats: number }) => `similar name close by, or a repeat of an earlier row (${formatNumber(p.repeats)}): you decide`,
  countDuplicatesHint: 'similar name close by: you decide',
  countInvalid: 'invalid',
  countInvalidHint: 'not imported: see the problems',
  countUnplaceable: 'cannot be placed',
  countUnplaceableHint: 'postcode not found',
  whatCheckFound: 'What the check found',
  // InterruptedCommitNotice, ProgressPanel, Pagination
  dismiss: 'Dismiss',
  working: 'Working…',
  percentDone: (p: { percent: number }) => `${p.percent}% done`,
  cancel: 'Cancel',
  previous: 'Previous',
  next: 'Next',
  pageOf: (p: { noun: string }) => ` page of ${p.noun}`,
  pageWhere: (p: { noun: string; from: number; to: number; total: number; page: number; pages: number }) =>
    `${p.noun} ${formatNumber(p.from)} to ${formatNumber(p.to)} of ${formatNumber(p.total)} (page ${p.page} of ${p.pages})`,
  // CheckStep
  checkedFromStart: (p: { count: number }) => `Nothing has been imported yet. ${formatNumber(p.count)} rows were checked from `,
  downloadReport: 'Download the report of rows that will not be imported or will be changed (CSV)',
  backToMapping: 'Back to the mapping',
  continue: 'Continue',
  // CleanedRowsTable
  outcomeInsertChosen: 'New (you chose)',
  outcomeUpdateChosen: 'Updates an existing asset (you chose)',
  outcomeInsteadChosen: (p: { row: number | undefined }) => `Imported instead of row ${p.row} (you chose)`,
  outcomeSkipChosen: 'Skipped (you chose)',
  outcomeRepeats: (p: { row: number }) => `Repeats row ${p.row}: skipped unless you choose`,
  outcomeNew: 'New',
  outcomeUpdate: 'Updates the asset with the same partner ID',
  outcomeDuplicate: 'Possible duplicate: waiting for your decision',
  rowsToImport: (p: { count: number }) => `Rows to import (${formatNumber(p.count)})`,
  noRowImportable: 'No row can be imported. Fix the problems above in the file, or change the mapping.',
  cleanedCaption: 'Cleaned rows, as they will be imported',
  colRow: 'Row',
  colName: 'Name',
  colCategories: 'Categories',
  colPlacedBy: 'Placed by',
  colContact: 'Contact',
  colLastChecked: 'Last checked',
  colWhatHappens: 'What happens',
  placedByPostcode: (p: { postcode: string | null }) => `Postcode ${p.postcode}`,
  partnersDate: (p: { day: string }) => `${p.day} (the partner’s date)`,
  notYetChecked: 'Not yet: shown as imported, not confirmed',
  pagesOfRows: 'Pages of rows to import',
  rowsNoun: 'rows',
  // TemplateHelp
  templateSummary: 'Download the template and see what each column means',
  templateIntro:
    'Partners can fill in this template; its columns match ours, so nothing needs matching. Other layouts work too: you will match their columns in the next step.',
  downloadTemplate: 'Download the template (CSV)',
  downloadExplanations: 'Download the column explanations (CSV)',
  templateColumnsLabel: 'What each template column means',
  templateColumnsCaption: 'What each column in the template means',
  colColumn: 'Column',
  colWhatItIs: 'What it is',
  colRequired: 'Required?',
  colFormat: 'Format',
  colExample: 'Example',
  // ProblemsTable
  rowNotImported: 'Row not imported',
  importedWithChange: 'Imported with a change',
  problemsHeading: (p: { count: number }) => `Problems (${formatNumber(p.count)})`,
  noProblems: 'No problems were found in the rows.',
  show: 'Show',
  whyNotImported: (p: { count: number }) => `Why rows are not imported (${formatNumber(p.count)})`,
  valuesChanged: (p: { count: number }) => `Values changed or left out (${formatNumber(p.count)})`,
  all: (p: { count: number }) => `All (${formatNumber(p.count)})`,
  problemsCaption: 'Problems by row and column',
  colValueInFile: 'Value in the file',
  colWhatIsWrong: 'What is wrong',
  empty: '(empty)',
  pagesOfProblems: 'Pages of problems',
  problemsNoun: 'problems',
  // SourceStep
  bytes: (p: { count: number }) => `${p.count} bytes`,
  kilobytes: (p: { size: string }) => `${p.size} KB`,
  megabytes: (p: { size: string }) => `${p.size} MB`,
  choosePartner: 'Choose the partner the file is from, or enter a new partner’s name',
  enterPartner: 'Enter the name of the partner the file is from',
  partnerTooLong: (p: { limit: number }) => `The partner’s name must be ${p.limit} characters or fewer`,
  pastedText: 'pasted text',
  noSource: 'Choose a CSV or ORUK JSON file to upload, paste the text of one, or give the address of an ORUK feed',
  whichPartner: 'Which partner is this file from?',
  whichPartnerHint: 'For example NHS Wigan Borough, Wigan Police or Wigan Voluntary Network. Mappings you save are kept under this name.',
  savedMappingUsed: 'A partner’s saved mapping is used for its file automatically.',
  error: 'Error:',
  mappingSaved: ' (mapping saved)',
  newPartner: 'A new partner',
  partnerName: 'Partner name',
  partnerNameHint: 'For example NHS Wigan Borough or Wigan Police',
  uploadLabel: 'Upload a CSV or ORUK JSON file',
  uploadHint:
    'Drag the file here, or choose it. Save spreadsheets as “CSV” first. Open Referral UK (ORUK) JSON files of services work too. Large files (50 MB and more) are fine; they are read on your computer.',
  chosen: 'Chosen: ',
  pasteSummary: 'Or paste the text of a CSV file',
  pasteLabel: 'Text of the CSV file',
  pasteHint: 'The first line holds the column names. Commas, semicolons or tabs between cells all work.',
  pastedInstead: 'The pasted text is used instead of the chosen file.',
  feedSummary: 'Or import from an ORUK feed',
  feedLabel: 'Address of the ORUK feed',
  feedHint:
    'The feed’s base address, like https://example.org/oruk; its services are read page by page. Importing the same feed from the same partner again updates its listings by their ORUK ids.',
  feedInstead: 'The feed is read instead of the chosen file or pasted text.',
  readFeed: 'Read the feed',
  readFile: 'Read the file',
  // PreviousImports
  undone: (p: { file: string; partner: string }) => `The import of ${p.file} from ${p.partner} was undone.`,
  previousImports: 'Previous imports',
  noImports: 'No imports yet.',
  previousCaption: 'Previous imports, newest first',
  colWhen: 'When',
  colPartnerAndFile: 'Partner and file',
  colAdded: 'Added',
  colUpdated: 'Updated',
  colUnchanged: 'Unchanged',
  colSkipped: 'Skipped',
  colNotImported: 'Not imported',
  colActions: 'Actions',
  downloadBatchReport: 'Download report',
  ofFile: (p: { file: string }) => ` of ${p.file}`,
  undoneAt: (p: { when: string }) => `Undone ${p.when}`,
  undoImport: 'Undo this import',
  inBrackets: (p: { file: string }) => ` (${p.file})`,
  undoQuestion: 'Undo this import?',
  undoExplained: (p: { inserted: number; updated: number }) =>
    ` The ${p.inserted} assets it added are removed from the map and the ${p.updated} it updated go back to how they were.`,
  yesUndo: 'Yes, undo this import',
  // DuplicateDecisions
  duplicatesHeading: (p: { count: number }) => `Possible duplicates (${formatNumber(p.count)})`,
  duplicatesIntro:
    'These rows have a name like an asset already on the map, close by, or repeat an earlier row of this file. Choose what to do with each one. A possible duplicate is not imported or skipped until you choose; a repeat of an earlier row is skipped unless you choose otherwise, so the first row is kept.',
  undecided: (p: { count: number }) =>
    p.count === 1 ? '1 possible duplicate is waiting for your decision.' : `${formatNumber(p.count)} possible duplicates are waiting for your decision.`,
  importAllAsNew: (p: { count: number }) => `Import ${p.count === 1 ? 'it' : `all ${formatNumber(p.count)}`} as new`,
  skipAll: (p: { count: number }) => `skip ${p.count === 1 ? 'it' : `all ${formatNumber(p.count)}`}`,
  or: 'or',
  rowName: (p: { row: number; name: string }) => `Row ${p.row}: ${p.name}`,
  notDecided: ' (not decided yet)',
  repeatsRow: (p: { row: number; how: string }) => `Repeats row ${p.row} of this file (${p.how}).`,
  samePartnerId: 'the same partner ID',
  sameName: (p: { metres: number }) => `the same name, ${p.metres} m away`,
  similar: 'Similar:',
  similarOne: (p: { name: string; metres: number; percent: number }) => `“${p.name}” (${p.metres} m away, ${p.percent}% alike)`,
  lessAlike: (p: { count: number }) => `; and ${p.count} less alike`,
  importAsNewNotRow: (p: { row: number }) => `Import as new: a different place from row ${p.row}`,
  importAsNew: 'Import as new',
  importInstead: (p: { row: number }) => `Import this row instead of row ${p.row}`,
  updateExisting: (p: { name: string }) => `Update existing “${p.name}”`,
  skipKeepRow: (p: { row: number }) => `Skip: keep row ${p.row} only`,
  skipRow: 'Skip: do not import this row',
  pagesOfDuplicates: 'Pages of possible duplicates',
  duplicatesNoun: 'duplicates',
  // CommitStep
  andMore: (p: { count: number }) => `and ${counted(p.count, 'more', 'more')}: the report lists every one.`,
  importFailed: 'The import did not happen',
  losingValues: (p: { count: number }) =>
    `${counted(p.count, 'row has', 'rows have')} a value that could not be used, such as an e-mail or web address that is not one, or opening hours we cannot read`,
  losingValuesHint: 'The report lists each one with the value as the partner wrote it.',
  importWithout: 'Import them without those values',
  holdBack: 'Hold them back for the partner to fix',
  missing: (p: { count: number; partner: string }) =>
    `${counted(p.count, 'listing', 'listings')} from ${p.partner} ${p.count === 1 ? 'is' : 'are'} on the map but not in this file`,
  missingHint: 'They were in an earlier file from this partner. They may have closed, or the partner may have sent only part of their list.',
  keepMissing: 'Keep them on the map',
  archiveMissing: 'Archive them with this import (undoing the import brings them back)',
  whenYouImport: (p: { file: string; partner: string }) => `When you import ${p.file} from ${p.partner}:`,
  willInsert: (p: { count: number }) => `${counted(p.count, 'new asset is', 'new assets are')} published on the map`,
  willUpdate: (p: { count: number }) => `${counted(p.count, 'asset is', 'assets are')} updated where the file changes them (the rest are left as they are)`,
  willLeave: (p: { count: number }) => `${counted(p.count, 'asset is', 'assets are')} left unchanged: already as the file says`,
  checkingUnchanged: 'Checking which assets the file would leave unchanged…',
  unchangedUnknown: 'We could not check which assets the file would leave unchanged: the outcome will say.',
  willSkip: (p: { count: number }) => `${counted(p.count, 'row is', 'rows are')} skipped (repeats of an earlier row, and possible duplicates you chose to skip)`,
  willReject: (p: { count: number }) => `${counted(p.count, 'row is', 'rows are')} not imported because of problems`,
  willHoldBack: (p: { count: number }) => `${counted(p.count, 'row is', 'rows are')} held back for the partner to fix`,
  willMissing: (p: { count: number; archives: boolean }) =>
    `${counted(p.count, 'listing', 'listings')} not in this file ${p.archives ? (p.count === 1 ? 'is archived' : 'are archived') : 'stay on the map'}`,
  oneGo: 'Everything is imported in one go: if anything fails, nothing is written. You can undo the whole import afterwards.',
  back: 'Back',
  archiveButton: (p: { count: number }) => `Archive ${counted(p.count, 'listing', 'listings')}`,
  importButton: (p: { count: number }) => `Import ${counted(p.count, 'asset', 'assets')}`,
  addedAndUpdated: (p: { inserted: number; updated: number; file: string }) =>
    `${counted(p.inserted, 'asset', 'assets')} added and ${counted(p.updated, 'asset', 'assets')} updated from ${p.file}`,
  didInsert: (p: { count: number }) => `${counted(p.count, 'new asset', 'new assets')} published`,
  didUpdate: (p: { count: number }) => `${counted(p.count, 'asset', 'assets')} updated`,
  didLeave: (p: { count: number }) => `${counted(p.count, 'asset', 'assets')} unchanged: already as the file says`,
  didSkip: (p: { count: number }) => `${counted(p.count, 'row', 'rows')} skipped`,
  didReject: (p: { count: number }) => `${counted(p.count, 'row', 'rows')} not imported`,
  didArchive: (p: { count: number }) => `${counted(p.count, 'listing', 'listings')} archived: not in this file`,
  seeOnMap: 'See them on the map',
  importAnother: 'Import another file',
  reportExplained:
    'The report lists every row that was not imported and why, and every row imported with a value changed or left out, with its cells as they were, so the partner can fix them.',
  howToUndo: 'To take this import back, use “Undo this import” under Previous imports below.',
  // MappingStep
  groupNeeded: 'Needed for every asset',
  groupAbout: 'About the asset',
  groupContact: 'Contact',
  groupWhen: 'When, cost and who for',
  groupAccessibility: 'Accessibility',
  originSaved: 'From the saved mapping',
  originExact: 'Matched by name',
  originWord: 'Guessed: please check',
  originNone: 'Not matched',
  originYou: 'Changed by you',
  weRead: 'We read ',
  from: ' from ',
  readCounts: (p: { rows: number; columns: number }) =>
    `: ${formatNumber(p.rows)} rows and ${p.columns} columns. Check what each column holds and change any that are wrong. Columns set to “Do not import” are left out.`,
  usingSaved: (p: { partner: string; date: string }) => `Using the mapping saved for ${p.partner} on ${p.date}.`,
  aboutFile: 'About the file',
  categoriesNotOurs: (p: { count: number; rows: number }) =>
    `${p.count === 1 ? 'One category' : `${p.count} categories`} in the file ${p.count === 1 ? 'is' : 'are'} not ours yet, on ${formatNumber(p.rows)} row${p.rows === 1 ? '' : 's'}: `,
  matchBelow: (p: { count: number }) => `match ${p.count === 1 ? 'it' : 'them'} below`,
  beforeChecking: ' before checking the rows.',
  mappingCaption: 'Columns in the file and the field each one fills',
  columnInFile: 'Column in the file',
  examples: 'Examples from the file',
  ourField: 'Our field',
  emptyInFirstRows: 'Empty in the first rows',
  ourFieldFor: (p: { column: string }) => `Our field for the column “${p.column}”`,
  errorPrefix: 'Error:',
  doNotImport: 'Do not import',
  notImported: (p: { count: number }) => `Not imported (${p.count}):`,
  matchHeading: 'Match the partner’s categories',
  matchIntro:
    'These categories and sub-categories in the file are not ours. For each, choose which of ours it means (a category, or one of its types), ignore it (the row keeps its other categories), or leave its rows out. You choose before the rows are checked, so no row is turned away for a category nobody looked at. A sub-category left unmatched only loses the type: its rows keep their category.',
  categoriesCaption: 'Partner categories and ours',
  categoryInFile: 'Category in the file',
  rows: 'Rows',
  ourCategory: 'Our category',
  subcategoryTag: ' (sub-category)',
  firstOnRow: (p: { row: number }) => ` (first on row ${p.row})`,
  ourCategoryFor: (p: { value: string }) => `Our category for “${p.value}”`,
  chooseWhatMeans: (p: { value: string }) => `Choose what “${p.value}” means.`,
  subNotMatched: 'Not matched: rows keep only their category',
  choose: 'Choose…',
  ignoreCategory: 'Ignore it: keep the row’s other categories',
  leaveRowsOut: 'Leave those rows out: they are not imported',
  saveMapping: (p: { partner: string }) => `Save this mapping for ${p.partner}`,
  continueCheck: 'Continue: check the rows',

  // Progress labels and details (createWizardCore, createCheckState, createCommitState,
  // createMappingState, createImportWizard, oruk/createFeedReader)
  busyReadingFile: 'Reading the file',
  busyCheckingRows: 'Checking every row',
  busyPlacing: 'Placing rows by postcode',
  busyMatching: 'Looking for assets already on the map',
  busyImporting: 'Importing',
  busyFindingCategories: 'Finding the categories in the new column',
  busyReadingFeed: 'Reading the ORUK feed',
  busyFirstPage: 'Asking for the first page',
  rowsRead: (p: { count: number }) => `${formatNumber(p.count)} rows read`,
  rowsDone: (p: { done: number; total: number }) => `${formatNumber(p.done)} of ${formatNumber(p.total)} rows`,
  assetsInOneGo: (p: { count: number }) => `${formatNumber(p.count)} assets in one go`,
  feedPages: (p: { read: number; total: number | null; services: number }) =>
    `${formatNumber(p.read)}${p.total ? ` of ${formatNumber(p.total)}` : ''} page${p.total === 1 ? '' : 's'}, ${formatNumber(p.services)} services listed`,
  feedDetails: (p: { pages: string; read: number; needed: number }) => `${p.pages}; ${formatNumber(p.read)} of ${formatNumber(p.needed)} services’ details read`,

  // The wizard's messages (createCheckState, createCommitState, createMappingState, createImportLists, interruptedCommit)
  decideFirst: (p: { count: number }) =>
    `Decide what to do with ${p.count === 1 ? 'the possible duplicate' : `the ${formatNumber(p.count)} possible duplicates`} still undecided: nothing is skipped unless you choose to skip it.`,
  checkFailed: (p: { reason: string }) => `The rows could not be checked against the map: ${p.reason}`,
  importTooSlow: (p: { count: number }) =>
    `Nothing was imported: the database stops any one request that runs for more than a few seconds, and writing these ${formatNumber(p.count)} assets took longer. Import the file in parts of at most 10,000 rows.`,
  nothingImported: (p: { reason: string }) => `Nothing was imported. ${p.reason}`,
  undoFailed: (p: { reason: string }) => `The import could not be undone: ${p.reason}`,
  chooseCategory: (p: { value: string; count: number }) =>
    `Choose what the category “${p.value}” (${formatNumber(p.count)} row${p.count === 1 ? '' : 's'}) means: one of ours, ignore it, or leave those rows out.`,
  mappingSavedFor: (p: { partner: string }) => `The mapping was saved for ${p.partner}. It will be used the next time you import a file from ${p.partner}.`,
  mappingNotSaved: (p: { reason: string }) => `The mapping could not be saved: ${p.reason}`,
  listsFailed: (p: { reason: string }) => `Previous imports and saved mappings could not be loaded: ${p.reason}`,
  interruptedWritten: (p: { file: string; partner: string; inserted: number; updated: number }) =>
    `The import of ${p.file} from ${p.partner} finished before the page closed: ${formatNumber(p.inserted)} added and ${formatNumber(p.updated)} updated. It is listed under Previous imports.`,
  interruptedAbsent: (p: { file: string; partner: string; rows: number }) =>
    `The import of ${p.file} from ${p.partner} did not finish before the page closed, so nothing from it was saved (${formatNumber(p.rows)} assets). Start again with the same file.`,

  // The mapping's problems (mapping.ts)
  mappingTaken: (p: { field: string; column: string }) => `Looks like ${p.field}, but "${p.column}" already holds it.`,
  mappingTwice: (p: { field: string; columns: readonly string[] }) =>
    `${p.field} is mapped from ${p.columns.length} columns (${p.columns.map((c) => `"${c}"`).join(', ')}); choose one.`,
  mappingNoName: 'No column is mapped to Name, which every asset needs.',
  mappingNoPlace: 'Map a Postcode column, or both Latitude and Longitude, so assets can be placed on the map.',
  mappingHalfPair: (p: { field: string }) => `${p.field} is not mapped; latitude and longitude only work as a pair.`,
  mappingHalfSchedule: (p: { field: string }) => `${p.field} is not mapped; a schedule needs both the opening and the closing time.`,
  mappingDaysAlone: 'Schedule: days is mapped without opening and closing times; map Schedule: opens at and Schedule: closes at too.',

  // The file's problems (runImport, import.worker)
  fileUnreadable: (p: { reason: string }) => `The file could not be read: ${p.reason}`,
  fileNoHeaderName: (p: { column: number; name: string }) => `Column ${p.column} has no header; it is called "${p.name}".`,
  fileDuplicateHeader: (p: { name: string; column: number; renamed: string }) =>
    `The header "${p.name}" appears more than once; column ${p.column} is called "${p.renamed}".`,
  fileTitleRows: (p: { rows: readonly number[]; header: number }) =>
    `Row${p.rows.length > 1 ? 's' : ''} ${p.rows.join(', ')} look${p.rows.length > 1 ? '' : 's'} like a title, not a header; the header is row ${p.header}.`,
  fileQuoteOpen: (p: { row: number; column: string | undefined; swallowed: number }) => {
    const where = p.column ? ` in column "${p.column}"` : '';
    const last = p.row + p.swallowed;
    const lost =
      p.swallowed === 0
        ? `. Row ${p.row} will not be imported; fix the quote and import it again.`
        : `, so ${p.swallowed === 1 ? `row ${last} was` : `rows ${p.row + 1} to ${last} were`} read into that cell. Rows ${p.row} ${p.swallowed === 1 ? 'and' : 'to'} ${last} will not be imported; the report lists them. Import the rest, then fix the quote and import those rows again.`;
    return `Row ${p.row}: a quote (") opens${where} and is never closed${lost}`;
  },
  fileBadQuotes: (p: { row: number }) => `Row ${p.row}: a quoted cell has text straight after its closing quote ("); check that row.`,
  fileNoSuchHeaderRow: (p: { row: number }) => `The file has no row ${p.row} to use as the header.`,
  fileEmpty: 'The file is empty: there is no header row and no data. Check that you chose the right file.',
  fileHeaderOnly: (p: { headers: readonly string[] }) =>
    `The file has a header row (${p.headers.length} column${p.headers.length === 1 ? '' : 's'}: ${p.headers
      .slice(0, 6)
      .map((h) => `"${h}"`)
      .join(', ')}${p.headers.length > 6 ? ', …' : ''}) but no data rows below it.`,
  fileWindows1252:
    'The file is not UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV" on Windows). Check that characters such as £ and accents look right.',
  orukNoServices: 'The ORUK data has no services in it.',
  jsonListNotServices: 'The JSON is a list, but not of ORUK services (each needs at least an id or a name).',
  jsonNotOruk: 'The JSON is not an ORUK service, list of services or page of services.',
  jsonServiceAtLocation: 'The JSON is an ORUK service-at-location record; export or fetch the services (/services) instead.',
  jsonApiDescription: 'The JSON is an ORUK API’s description (its / page), not its services; use the feed address to read them.',
  jsonInvalid: (p: { reason: string }) => `The file is not valid JSON (${p.reason}).`,
  // What only an ORUK record shows (oruk/orukServices.ts); the schedule's own reasons (orukSchedule.ts) are still English
  orukService: (p: { name: string }) => `Service “${p.name}”`,
  orukServiceNumber: (p: { number: number }) => `Service “number ${p.number}”`,
  orukLocations: (p: { who: string; count: number }) => `${p.who} has ${p.count} locations; only the first with a map position is imported.`,
  orukScheduleLeftOut: (p: { hours: string }) => `It is left out of the listing’s opening hours (“${p.hours}”); add it by hand if needed.`,
  orukNoHours: 'The listing is imported without opening hours; add them by hand if needed.',
  orukScheduleProblem: (p: { who: string; problem: string; left: string }) => `${p.who}: ${p.problem} ${p.left}`,

  // A row's problems (rows.ts, plan.ts). Values are as the file has them; numbers are not grouped.
  issueAt: (p: { row: number; column: string | null; message: string }) => `Row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.message}`,
  rowFormula: 'Starts like a spreadsheet formula; kept as plain text and never run.',
  rowHtml: 'Looks like HTML; kept exactly as written and shown as plain text, never run.',
  rowTooLong: (p: { field: string; length: number; max: number }) => `${p.field} is ${p.length} characters; the most allowed is ${p.max}.`,
  rowQuoteOpen: (p: { swallowed: number }) =>
    `A quote (") opens in this cell but is never closed, ${
      p.swallowed
        ? `so the ${p.swallowed === 1 ? 'row' : `${p.swallowed} rows`} after it ${p.swallowed === 1 ? 'was' : 'were'} read into it and ${p.swallowed === 1 ? 'is' : 'are'} not imported either`
        : 'so the rest of the line was read into it'
    }. Fix the quote and import this row again.`,
  rowSwallowed: (p: { by: number }) => `Swallowed by the quote left open on row ${p.by}, so not imported; fix the quote on row ${p.by} and import this row again.`,
  rowControlCharacters: (p: { count: number; names: readonly string[] }) =>
    `${p.count} invisible control character${p.count === 1 ? '' : 's'} (${p.names.join(', ')}) ${p.count === 1 ? 'was' : 'were'} removed; the rest of the text was kept.`,
  rowBadQuotes: 'A quoted cell has text straight after its closing quote ("); check the quotes in this row, the cells may have shifted.',
  rowTooManyCells: (p: { cells: number; header: number; extra: readonly string[] }) =>
    `This row has ${p.cells} cells but the header has ${p.header} (extra: ${p.extra.map((e) => `"${e}"`).join(', ')}); an unquoted comma may have shifted the columns.`,
  rowTooFewCells: (p: { cells: number; header: number }) =>
    `This row has ${p.cells} cell${p.cells === 1 ? '' : 's'} but the header has ${p.header}; the missing cells were read as empty.`,
  rowNameEmpty: 'Name is empty; every asset needs one.',
  rowNameInvisible: 'The name has no visible characters (only invisible ones, such as zero-width spaces); every asset needs a name people can read.',
  rowKind: (p: { value: string; kinds: readonly string[]; used: string }) => `Kind "${p.value}" is not ${p.kinds.join(', ')}; used ${p.used}.`,
  rowCategoryLeftOut: (p: { value: string }) => `Category "${p.value}" was left unmatched, so this row is not imported.`,
  rowCategoryUnknown: (p: { value: string }) => `Category "${p.value}" is not one of ours; choose which of our categories it means, or ignore it.`,
  rowSubcategoryUnknown: (p: { value: string; known: string }) =>
    `Sub-category "${p.value}" is not one of ours; imported under ${p.known} only. Match it to one of our sub-categories on the mapping step to keep it.`,
  rowSubcategoryAlone: (p: { value: string }) =>
    `Sub-category "${p.value}" is not one of ours, and the row has no category of ours; match it to one of our sub-categories on the mapping step.`,
  rowTooManyCategories: (p: { count: number; max: number }) => `${p.count} categories; the most allowed is ${p.max}.`,
  rowNoCategory: 'No category; every asset needs at least one.',
  rowNoCategoryColumn: 'No column is mapped to Categories; every asset needs at least one.',
  rowLatEmpty: 'Latitude is empty but Longitude is given; give both or neither.',
  rowLatNotNumber: (p: { value: string }) => `Latitude "${p.value}" is not a number (expected decimal degrees like 53.545).`,
  rowLatOutside: (p: { value: string }) => `Latitude ${p.value} is outside -90 to 90.`,
  rowLngEmpty: 'Longitude is empty but Latitude is given; give both or neither.',
  rowLngNotNumber: (p: { value: string }) => `Longitude "${p.value}" is not a number (expected decimal degrees like -2.632).`,
  rowLngOutside: (p: { value: string }) => `Longitude ${p.value} is outside -180 to 180.`,
  rowSwapped: (p: { lat: string; lng: string }) => `Latitude ${p.lat} and Longitude ${p.lng} look swapped; they were swapped back.`,
  rowOutsideUk: (p: { lat: string; lng: string }) => `${p.lat}, ${p.lng} is outside the UK; check the coordinates.`,
  rowPostcodeLeftEmpty: (p: { problem: string }) => `${p.problem} Left empty; the asset is placed by its latitude and longitude.`,
  rowPostcodeUnplaceable: (p: { problem: string }) => `${p.problem} Without a valid postcode or latitude and longitude the asset cannot be placed.`,
  rowNoLocation: 'No latitude and longitude and no postcode, so the asset cannot be placed on the map.',
  rowPostcodeNotFound: (p: { postcode: string }) =>
    `Postcode ${p.postcode} was not found, so the asset cannot be placed on the map; check the postcode or add latitude and longitude.`,
  rowPhone: (p: { value: string }) => `"${p.value}" is not a phone number (expected digits, spaces, brackets or hyphens, like 01942 000000); left empty.`,
  rowPhoneFixed: (p: { value: string; saved: string }) => `Phone "${p.value}" was saved as "${p.saved}".`,
  rowEmail: (p: { value: string }) => `"${p.value}" is not an email address (expected like name@example.org); left empty.`,
  rowWebsite: (p: { value: string }) => `"${p.value}" is not a web address starting http:// or https://; left empty.`,
  rowWebsiteFixed: (p: { value: string; saved: string }) => `"${p.value}" has no http:// or https://; saved as "${p.saved}".`,
  rowSchedule: (p: { value: string }) =>
    `The schedule "${p.value}" was not understood (expected days like Monday or MO, and times like 09:00); opening hours left empty.`,
  rowHoursLeftEmpty: (p: { problem: string }) => `${p.problem} Left empty.`,
  rowHoursInferred: (p: { hours: string; value: string; ranges: readonly string[] }) =>
    `Opening hours "${p.hours}" were read as "${p.value}": ${p.ranges.map((r) => `"${r}"`).join(', ')} ${p.ranges.length === 1 ? 'gives' : 'give'} no am or pm, so ${p.ranges.length === 1 ? 'it was' : 'they were'} read as closing in the afternoon.`,
  rowHoursRewritten: (p: { hours: string; value: string }) => `Opening hours "${p.hours}" were rewritten as "${p.value}".`,
  rowFree: (p: { value: string }) => `Free "${p.value}" is not yes or no; worked out from Cost instead.`,
  rowAgeGroup: (p: { value: string }) =>
    `Age group "${p.value}" was not understood (expected children, young people, adults, older people, "all ages" or a range like 5-16); left out.`,
  rowAge: (p: { value: string }) => `Age "${p.value}" is not a whole number of years from 0 to 120; left out.`,
  rowAccessibility: (p: { value: string }) => `Accessibility "${p.value}" was not understood; left out.`,
  rowYesNo: (p: { value: string }) => `"${p.value}" is not yes or no; read as no.`,
  rowLanguage: (p: { value: string }) => `Language "${p.value}" is not one we know (expected a name like Polish or a code like pl); left out.`,
  rowCheckedFuture: (p: { value: string }) => `Last checked "${p.value}" is in the future; left out, so the listing shows as imported and not yet confirmed.`,
  rowCheckedUnreadable: (p: { value: string }) =>
    `Last checked "${p.value}" is not a date we can read (expected day/month/year like 14/03/2025, 2025-03-14 or 14 March 2025); left out, so the listing shows as imported and not yet confirmed.`,
} as const;
