// The accessibility statement, the privacy notice and the contact page (src/features/legal/).
// Long text is kept one paragraph or list item per key, so a translation can follow it line by line.
export default {
  sampleNotice: 'This is a sample deployment: the contact details below are placeholders until the council running the site sets its own.',
  emailLink: (p: { email: string }) => p.email,

  // Accessibility statement, after the GOV.UK sample statement for public sector websites.
  a11yTitle: 'Accessibility statement',
  a11yIntro: (p: { council: string }) => `This statement covers Common Ground, the neighbourhood asset map run by ${p.council}.`,
  a11yUsingHeading: 'Using this website',
  a11yUsingIntro: 'We want as many people as possible to be able to use this website. For example, you should be able to:',
  a11yUsing1: 'change colours, contrast levels and fonts using your browser or device settings',
  a11yUsing2: 'zoom in up to 400% without the text spilling off the screen',
  a11yUsing3: 'navigate every page and form using just a keyboard',
  a11yUsing4: 'use every page with a screen reader, with a list of results that gives the same information as the map',
  a11yUsing5: 'use the site in English or Polish',
  a11yUsingAbilityNet: 'AbilityNet has advice on making your device easier to use if you have a disability:',
  a11yAbilityNetLink: 'AbilityNet: My Computer My Way',
  a11yHowHeading: 'How accessible this website is',
  a11yHowIntro: 'We know some parts of this website are not fully accessible:',
  a11yLimitMap:
    'the map is a picture drawn on a canvas: its markers cannot be chosen with a keyboard or read by a screen reader one by one. Every listing on the map is also in the list beside it, and each listing page has its address and directions in words',
  a11yLimitOfflineMap: 'when the street map cannot be reached, the map shows only the borough, ward boundaries and place names',
  a11yLimitListings:
    'listings are written by the organisations that run them: moderators check them, but their descriptions may not always be in plain English, and links in them may lead to websites that are not accessible',
  a11yLimitDownloads: 'downloads (CSV, GeoJSON and Open Referral UK files) are data files for other software, not documents to read',
  a11yLimitCoverage: 'on the planners’ coverage page the hexagonal grid uses colour to show distance; the ward table below it gives the same figures as text',
  a11yLimitLanguages: 'pages for organisations, moderators and planners are in English only',
  a11yFeedbackHeading: 'Feedback and contact information',
  a11yFeedbackIntro: 'If you need information on this website in a different format, such as large print, easy read or an audio recording:',
  a11yFeedbackEmail: 'e-mail',
  a11yFeedbackPhone: 'call',
  a11yFeedbackReply: 'We will consider your request and get back to you within 10 working days.',
  a11yReportHeading: 'Reporting accessibility problems with this website',
  a11yReport:
    'We are always looking to improve the accessibility of this website. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, contact us:',
  a11yEnforcementHeading: 'Enforcement procedure',
  a11yEnforcement:
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).',
  a11yEnforcementEass: 'If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
  a11yEassLink: 'Equality Advisory and Support Service',
  a11yTechnicalHeading: 'Technical information about this website’s accessibility',
  a11yTechnical: (p: { council: string }) =>
    `${p.council} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
  a11yStatusHeading: 'Compliance status',
  a11yStatus: 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
  a11yNonAccessibleHeading: 'Non-accessible content',
  a11yNonAccessibleIntro: 'The content listed below is non-accessible for the following reasons.',
  a11yNonComplianceHeading: 'Non-compliance with the accessibility regulations',
  a11yNonComplianceMap:
    'Markers on the map cannot be reached with a keyboard (WCAG 2.2 success criterion 2.1.1 Keyboard) and have no text alternative one by one (1.1.1 Non-text content). The list of results beside the map holds every listing, with a “Show on map” button for each, so nothing is only on the map.',
  a11yNonComplianceUntested:
    'We have not yet tested the site with screen readers (such as NVDA, JAWS or VoiceOver) or with disabled people, so there may be problems we have not found.',
  a11yOutOfScopeHeading: 'Content that’s not within the scope of the accessibility regulations',
  a11yOutOfScopeMap:
    'Online maps are exempt from the regulations when the essential information they show is provided in an accessible way: the list of results and each listing page give the names, addresses, opening times and distances the map shows.',
  a11yImproveHeading: 'What we’re doing to improve accessibility',
  a11yImprove:
    'Every change to the site is checked by automated tests before it is published. We plan to test the site with screen reader users and to let keyboard users move between the map’s markers.',
  a11yPreparationHeading: 'Preparation of this accessibility statement',
  a11yPrepared: (p: { date: string }) => `This statement was prepared on ${p.date}. It was last reviewed on ${p.date}.`,
  a11yTestedIntro:
    'This website is tested by its own automated tests, which run in the Chromium browser before every change is published, on every page residents, organisations, moderators and planners use:',
  a11yTestedAxe: 'axe-core checks each page against the WCAG 2.2 A and AA rules it can test automatically',
  a11yTestedKeyboard:
    'a keyboard-only walk through every form checks that each control can be reached, shows a visible focus indicator and is never hidden behind other content',
  a11yTestedReflow: 'each page is checked at 320 CSS pixels wide (the same as 400% zoom) for content that would need scrolling sideways',
  a11yTestedOther: 'tests also check page titles, the skip link, focus after actions and the right-to-left layout',
  a11yTestedLimits: 'Automated tests find only some accessibility problems: they do not replace testing by people.',

  // Privacy notice
  privacyTitle: 'Privacy notice',
  privacyIntro: (p: { council: string }) =>
    `${p.council} runs Common Ground and is the data controller for the personal information it holds. This notice says what we hold, why, where, for how long, and your rights.`,
  privacyResidentsHeading: 'If you are looking for something',
  privacyResidents:
    'You do not need an account to search or read listings. We do not use cookies, advertising or analytics that follow you. The searches you type stay in your browser, in the address bar.',
  privacyMapTiles: 'The street map',
  privacyMapOffline: 'Maps are drawn from files on this site: no map service is contacted.',
  privacyMapOnline: (p: { who: string }) =>
    `Street maps are fetched from ${p.who}, which sees your internet address and the part of the map you are looking at. If it cannot be reached, the maps show a simpler map from this site instead.`,
  privacyPostcodes:
    'Postcodes you search for are looked up at postcodes.io, which sees your internet address and the postcode. If it cannot be reached, a table on this site is used instead.',
  privacyTellUsHeading: 'If you report a problem or suggest a group',
  privacyTellUs:
    'What you write is kept with the listing for moderators. If you leave your e-mail address we use it only to tell you what happened, and delete it once we have. To stop automated messages, we keep a scrambled code made from your internet address (never the address itself) for one day.',
  privacyOrgsHeading: 'If you run an organisation’s listings',
  privacyOrgs:
    'We hold your e-mail address and name for signing in, the organisations you belong to and your role in them, and a history of the changes you make to listings, so moderators can review them. Listings themselves, including their public contact details, are published for everyone.',
  privacyLawfulHeading: 'Our lawful basis',
  privacyLawful:
    'We hold this information to carry out a task in the public interest (UK GDPR Article 6(1)(e)): helping residents find local support and helping the council plan services. We do not hold special category data: please do not include health or other sensitive details in a report or listing.',
  privacyWhereHeading: 'Where it is stored',
  privacyWhere:
    'Accounts, listings and reports are stored in the council’s database service (Supabase), in the region the council chose for it. E-mails are sent through the council’s mail provider. Nothing is sold or shared for marketing.',
  privacyRetentionHeading: 'How long we keep it',
  privacyRetentionAccounts: 'accounts: until you ask us to close yours',
  privacyRetentionHistory: 'the history of changes to a listing: as long as the listing exists, archived listings included',
  privacyRetentionReports: 'reports and suggestions: kept with the listing’s record for moderators; an e-mail address left with them: until we have replied',
  privacyRetentionCodes: 'scrambled codes used against automated messages and search counts: one day',
  privacyBrowserHeading: 'What this website keeps in your browser',
  privacyBrowserIntro: 'These stay on your device and are never sent to us. You can remove them at any time by clearing this site’s data in your browser.',
  privacyBrowserDrafts: 'drafts: what you have typed in a form but not yet saved, so a reload does not lose it; forgotten when you save, discard it or sign out',
  privacyBrowserShortlist: 'your shortlist: the listings you have saved to come back to',
  privacyBrowserLanguage: 'your language: the language you chose for the site',
  privacyBrowserSignIn: 'if you sign in: your sign-in session, until you sign out',
  privacyBrowserOptOut: 'your choice below about counting searches that find little',
  privacyBrowserOffline: 'a copy of the site and of the published listings, so you can search and read listings without a connection',
  privacyBrowserLocal: 'in the sample deployment only: a practice database with the sample data and the sample person you are acting as',
  privacyDemandHeading: 'Searches that find little',
  privacyDemandIntro:
    'When a search finds fewer than 3 results, the site counts it, so planners and moderators can see where people look for help that is not there. For each such search we count only:',
  privacyDemandWard: 'the ward the search was centred in',
  privacyDemandTerm: 'the category, or a search word from our own list of words (never what you typed)',
  privacyDemandDay: 'the day',
  privacyDemandToken:
    'To count each visit once, your browser makes a random code for the visit. We store it only in a scrambled (keyed hash) form and delete it within a day. Planners and moderators see a figure only when at least 3 different visits asked for the same thing; nobody else sees any.',
  privacyDemandNot: 'We never record your internet (IP) address, any account, or any location more precise than the ward.',
  privacyDemandGpc: 'If your browser sends a Global Privacy Control or Do Not Track signal, nothing is counted and you do not need to do anything.',
  privacyDemandOptOut: 'Do not count my searches that find little',
  privacyDemandOptOutHint: 'Remembered in this browser only.',
  privacyDemandSaved: 'Saved: your searches are not counted.',
  privacyDemandSavedOn: 'Saved: searches that find little are counted as described above.',
  privacyDemandGpcOn: 'Your browser asks sites not to track you, so your searches are not counted whatever this box says.',
  privacyRightsHeading: 'Your rights',
  privacyRights:
    'You can ask to see the information we hold about you, to have it corrected or deleted, to restrict how we use it, or object to our using it. Write to our data protection officer:',
  privacyIco:
    'If you are unhappy with how we have used your information, you can complain to the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, SK9 5AF, telephone 0303 123 1113.',
  privacyIcoLink: 'Information Commissioner’s Office',

  // Contact
  contactTitle: 'Contact',
  contactIntro: (p: { council: string }) => `Common Ground is run by ${p.council}.`,
  contactListingHeading: 'About a listing',
  contactListing: 'If a listing is wrong, use “Report a problem” at the bottom of its page. To add a group, place or service, suggest it:',
  contactSuggestLink: 'Suggest a group, place or service',
  contactUsHeading: 'Everything else',
  contactUs: 'For anything else, including accessibility and your personal information, contact us:',
  contactEmail: 'E-mail',
  contactPhone: 'Telephone',
  contactAddress: 'Post',
  contactAlso: 'You may also want to read:',
} as const;
