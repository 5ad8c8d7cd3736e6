// The offline notice and the update prompt (src/app/offline/).
export default {
  offline: 'You’re offline — showing saved listings.',
  offlineDetail: 'Search and listings still work. Signing in, sending a report and the street map need a connection.',
  updateReady: 'A new version of Common Ground is ready.',
  updateReload: 'Reload to update',
  updating: 'Updating…',
} as const;
