// The listing editor (src/features/organisation/editor/). The opening hours parts are still to move here.
export default {
  // AssetEditorPage
  editTitle: (p: { name: string }) => `Edit ${p.name}`,
  listing: 'listing',
  addTitle: 'Add a listing',
  listingUnavailable: 'Listing not available',
  loadingListing: 'Loading listing…',
  listingNotFound: 'Listing not found',
  listingNotFoundWhy: 'It may have been removed, or it belongs to another organisation.',
  // ContactFields
  phone: 'Phone (optional)',
  email: 'Email (optional)',
  website: 'Website (optional)',
  websiteHint: 'Starting https://',
  // ListingBasics
  kindPlace: 'Place',
  kindPlaceHint: 'A building or outdoor space people can visit, like a community centre or park',
  kindGroup: 'Group',
  kindGroupHint: 'People who meet regularly, like a walking group or a parents’ coffee morning',
  kindService: 'Service',
  kindServiceHint: 'Help or support people can ask for, like debt advice or a befriending service',
  whatKind: 'What kind of listing is it?',
  name: 'Name',
  nameHint: 'As residents would know it',
  description: 'Description',
  descriptionHint: 'What happens, who it is for and what to expect on a first visit',
  // CategoryFields
  categories: 'Categories',
  categoriesHint: 'Tick all that apply. The first one you tick is the main category: it sets the colour on the map.',
  mainCategory: (p: { trail: string }) => `Main category: ${p.trail}`,
  loadingCategories: 'Loading categories…',
  typeOf: (p: { category: string }) => `Type of ${p.category} (optional)`,
  // CheckPlanPanel
  checkSaved: (p: { every: string; reminders: string }) => `Saved: ${p.every}. ${p.reminders}`,
  notSaved: (p: { reason: string }) => `Not saved: ${p.reason}`,
  remindersHeading: 'Reminders to check this listing',
  remindersUnloadable: (p: { reason: string }) => `The reminder settings could not be loaded: ${p.reason}`,
  howOften: 'How often should we ask whether it is still right?',
  howOftenHint: 'Everyone in your organisation gets an e-mail. One click confirms it; no need to sign in.',
} as const;
