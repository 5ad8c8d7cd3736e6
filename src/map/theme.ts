// Colours of the base map and the asset layers, one place so styles stay pure data.
export interface MapTheme {
  background: string;
  land: string;
  boroughLine: string;
  wardLine: string;
  /** Place names on the offline basemap: towns darkest, villages lighter, wards quieter still. */
  townText: string;
  villageText: string;
  wardText: string;
  labelHalo: string;
  clusterFill: string;
  clusterStroke: string;
  pointStroke: string;
  selected: string;
}

export const LIGHT_THEME: MapTheme = {
  background: '#dfe7ee',
  land: '#f7f7f2',
  boroughLine: '#1d4e89',
  wardLine: '#9aa9b8',
  townText: '#1b2631',
  villageText: '#37444f',
  wardText: '#4a5d70',
  labelHalo: '#ffffff',
  clusterFill: '#1d4e89',
  clusterStroke: '#ffffff',
  pointStroke: '#ffffff',
  selected: '#ffbf47',
};
