// The words on and about the maps: the legend, and which map service a map contacts.
export default {
  // MapLegend (src/map/legend)
  mapKey: 'Map key',
  clusterHelp: 'A group of places: select it to zoom in',
  markedAs: (p: { code: string }) => `(marked ${p.code})`,
  // basemapPrivacyNotice (src/map/basemapSetting)
  basemapOffline: 'Maps are drawn from files on this site: no map service is contacted.',
  basemapOnline: (p: { who: string }) =>
    `Street maps are fetched from ${p.who}, which sees your IP address and the part of the map you are looking at. ` +
    'If it cannot be reached, the maps show a simpler map from this site instead.',
} as const;
