import { Icon, type UiIconName } from '../../icons/Icon.tsx';
import { RECOGNITIONS, type Recognition } from '../../../core/surps';
import { useStrings } from './useStrings';

const SHAPES: Record<Recognition, UiIconName> = { yes: 'check', bit: 'info', no: 'close' };

/** "Herken je dit?": Ja, dat ben ik / Een beetje / Nee, each a big choice with a shape and a word. */
export function RecognitionChoice(props: { name: string; question: string; traitName: string; value: Recognition | null; onChange: (value: Recognition) => void }) {
  const s = useStrings();
  return (
    <fieldset class="stack surps-recognise">
      <legend>
        {props.question}
        <span class="sr-only"> ({props.traitName})</span>
      </legend>
      <div class="choice-row">
        {RECOGNITIONS.map((answer) => (
          <label key={answer} class={`choice choice-wide ${props.value === answer ? 'is-chosen' : ''}`}>
            <input type="radio" name={props.name} value={answer} checked={props.value === answer} onChange={() => props.onChange(answer)} />
            <Icon name={SHAPES[answer]} size={32} />
            <span>{s.answers[answer]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
