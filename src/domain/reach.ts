// How far a resident will travel, worded as time ("within a 15 minute walk") but applied as a
// straight-line distance from their postcode or location. Walking is taken at 4.8 km/h (80 m a
// minute, a steady adult pace) and driving in town at 30 km/h (500 m a minute, with junctions
// and parking), so the distances are round and can be stated beside the time. Straight lines
// are shorter than streets: a place shown "within a 15 minute walk" may take a little longer.

export type ReachMode = 'walk' | 'drive';

export interface ReachPreset {
  /** As written in the URL (`reach=walk15`). */
  id: string;
  mode: ReachMode;
  minutes: number;
  /** Straight-line limit from the chosen point. */
  metres: number;
}

export const WALK_METRES_PER_MINUTE = 80;
export const DRIVE_METRES_PER_MINUTE = 500;

const preset = (mode: ReachMode, minutes: number): ReachPreset => ({
  id: `${mode}${minutes}`,
  mode,
  minutes,
  metres: minutes * (mode === 'walk' ? WALK_METRES_PER_MINUTE : DRIVE_METRES_PER_MINUTE),
});

/** Narrowest first: "a wider area" is the next one along. */
export const REACH_PRESETS: readonly ReachPreset[] = Object.freeze([preset('walk', 5), preset('walk', 15), preset('walk', 30), preset('drive', 10)]);

export function reachPreset(id: string | null | undefined): ReachPreset | null {
  return REACH_PRESETS.find((p) => p.id === id) ?? null;
}

/** The presets wider than `id`, nearest first (all of them when `id` is unknown). */
export function widerPresets(id: string | null | undefined): ReachPreset[] {
  const at = REACH_PRESETS.findIndex((p) => p.id === id);
  return REACH_PRESETS.slice(at + 1);
}
