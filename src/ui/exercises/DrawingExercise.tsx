import { useId, useState } from 'preact/hooks';
import type { DrawingAnswer } from '../../exercises/drawing';
import { IconButton } from '../components/IconButton';
import { Message } from '../components/Message';
import { ConfirmButton } from './ConfirmButton';
import type { ExerciseProps } from './contract';
import { COLOURS, DrawingTools, THICKNESSES } from './drawing/DrawingTools';
import { useDrawingPad, type Pen } from './drawing/useDrawingPad';
import { useDrawingStore } from './drawing/useDrawingStore';
import './exercises.css';
import { STRINGS } from './strings.drawing';

/** A drawing with the finger, pen or mouse, stored as a PNG after every stroke. */
export function DrawingExercise({ exercise, answer, onChange, language, labelledBy }: ExerciseProps<'drawing', DrawingAnswer>) {
  const s = STRINGS[language];
  const id = useId();
  const [pen, setPen] = useState<Pen>({ colour: COLOURS.black, width: THICKNESSES.middle });
  const store = useDrawingStore(answer.media, onChange);
  const pad = useDrawingPad(answer.media, pen, () => pad.canvas.current && store.schedule(pad.canvas.current, pad.isEmpty()));
  const clear = () => {
    pad.clear();
    store.clear();
  };
  const problem = store.problem ? s[store.problem] : pad.picture === 'broken' ? s.broken : '';
  return (
    <div class="stack exercise-drawing" role="group" aria-labelledby={labelledBy}>
      <p id={`${id}-label`} class="exercise-label">
        {exercise.label[language]}
      </p>
      <p id={`${id}-how`} class="hint">
        {s.how}
      </p>
      <div class="drawing-paper">
        <canvas
          ref={pad.canvas}
          class="drawing-canvas"
          role="img"
          aria-label={pad.isEmpty() ? s.noDrawing : s.yourDrawing}
          aria-describedby={`${id}-label ${id}-how`}
          {...pad.handlers}
        />
      </div>
      <div class="button-row drawing-actions">
        <IconButton icon="close" onClick={pad.undo} disabled={!pad.canUndo}>
          {s.undo}
        </IconButton>
        {!pad.isEmpty() && (
          <ConfirmButton icon="trash" question={s.clearQuestion} yes={s.clearYes} no={s.clearNo} onConfirm={clear}>
            {s.clear}
          </ConfirmButton>
        )}
      </div>
      <DrawingTools pen={pen} name={id} language={language} onPen={setPen} />
      <p class="sr-only" role="status">
        {store.saved ? s.saved : ''}
      </p>
      <Message kind="problem">{problem}</Message>
    </div>
  );
}
