import type { Language } from '../../../i18n';
import { STRINGS } from '../strings.drawing';
import type { Pen } from './useDrawingPad';

/** The colours to draw with; each has a word, and dark enough to see on white paper. */
export const COLOURS = { black: '#1b1b1b', blue: '#1f5f8b', red: '#c62828', green: '#2e7d32', orange: '#e65100' } as const;
/** Line widths as a fraction of the canvas width. */
export const THICKNESSES = { thin: 0.006, middle: 0.015, thick: 0.035 } as const;

interface ToolsProps {
  pen: Pen;
  name: string;
  language: Language;
  onPen: (pen: Pen) => void;
}

/** Big colour and thickness buttons, each with a word; the picture only repeats what the word says. */
export function DrawingTools({ pen, name, language, onPen }: ToolsProps) {
  const s = STRINGS[language];
  return (
    <div class="drawing-tools">
      <fieldset>
        <legend>{s.colour}</legend>
        <div class="choice-row">
          {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((key) => (
            <label key={key} class={`choice choice-wide drawing-tool ${pen.colour === COLOURS[key] ? 'is-chosen' : ''}`}>
              <input type="radio" name={`${name}-colour`} checked={pen.colour === COLOURS[key]} onChange={() => onPen({ ...pen, colour: COLOURS[key] })} />
              <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
                <circle cx="14" cy="14" r="12" fill={COLOURS[key]} stroke="#1b1b1b" stroke-width="2" />
              </svg>
              <span>{s.colours[key]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{s.thickness}</legend>
        <div class="choice-row">
          {(Object.keys(THICKNESSES) as (keyof typeof THICKNESSES)[]).map((key) => (
            <label key={key} class={`choice choice-wide drawing-tool ${pen.width === THICKNESSES[key] ? 'is-chosen' : ''}`}>
              <input type="radio" name={`${name}-width`} checked={pen.width === THICKNESSES[key]} onChange={() => onPen({ ...pen, width: THICKNESSES[key] })} />
              <svg width="40" height="28" viewBox="0 0 40 28" aria-hidden="true" focusable="false">
                <line x1="4" y1="14" x2="36" y2="14" stroke="#1b1b1b" stroke-linecap="round" stroke-width={THICKNESSES[key] * 500} />
              </svg>
              <span>{s.thicknesses[key]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
