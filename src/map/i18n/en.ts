// The map's own words (its key, src/map/legend/).
export default {
  mapKey: 'Map key',
  clusterHelp: 'A group of places: select it to zoom in',
  markedAs: (p: { code: string }) => `(marked ${p.code})`,
} as const;
