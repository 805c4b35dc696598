// Colours shared by the content pictograms. Every shape gets a near-black outline (over 15:1 on
// white and cream), so a fill only adds warmth and recognition; meaning never depends on hue.

/** Outline and detail colour. */
export const INK = '#1b1b1b';
/** Pure white: paper, plates, eyes, highlights. */
export const WHITE = '#ffffff';
/** Light, medium and dark skin, so people in the pictures are not all alike. */
export const SKIN = { light: '#f7d3b5', mid: '#d9a06b', dark: '#8d5a3b' } as const;
/** Hair colours. */
export const HAIR = { dark: '#3b2412', black: '#1b1b1b', blond: '#e8c36a', red: '#b5532a' } as const;

/** Warm and cool fills, bright but not loud. */
export const RED = '#e5533d';
export const PINK = '#f48fb1';
export const ORANGE = '#f9a03f';
export const YELLOW = '#ffd23f';
export const GREEN = '#6cc070';
export const LIGHT_GREEN = '#bfe39a';
export const BLUE = '#4a90d9';
export const LIGHT_BLUE = '#a7d3f5';
export const NAVY = '#2c4a7a';
export const PURPLE = '#9b7ede';
export const BROWN = '#a0673a';
export const GREY = '#b0bec5';
export const LIGHT_GREY = '#e3e3e3';
