/** How full a printed panel is: its text gets smaller as it fills, so the card stays one sheet. */
export type PanelDensity = 'roomy' | 'snug' | 'tight';

/** About how many characters fit on one line of a panel at the roomy size. */
export const PANEL_CHARS_PER_LINE = 38;
/** Lines a panel holds at the roomy and the snug size; more goes to the tight size. */
export const PANEL_LINES = { roomy: 8, snug: 10 } as const;

/** The density of a panel holding these blocks of text (each block starts on a new line). */
export function panelDensity(blocks: readonly string[]): PanelDensity {
  const lines = blocks.reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / PANEL_CHARS_PER_LINE)), 0);
  if (lines <= PANEL_LINES.roomy) return 'roomy';
  return lines <= PANEL_LINES.snug ? 'snug' : 'tight';
}
