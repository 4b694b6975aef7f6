/** Ids of the frames with a component of their own (the others are configured in the app's catalogue). */
export const COUNTIES_FRAME = 'counties';
export const MAP_FRAME = 'map';
