// Colours of the base map and the asset layers, one place so styles stay pure data.
export interface MapTheme {
  background: string;
  land: string;
  boroughLine: string;
  wardLine: string;
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
  clusterFill: '#1d4e89',
  clusterStroke: '#ffffff',
  pointStroke: '#ffffff',
  selected: '#ffbf47',
};
