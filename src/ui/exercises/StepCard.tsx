import type { Step } from '../../exercises/steps';
import type { Language } from '../../i18n';
import { Message } from '../components/Message';
import { RemoveButton } from './RemoveButton';
import { STRINGS } from './strings.steps';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { STRINGS as VOICE } from './voice/strings';

interface Props {
  step: Step;
  number: number;
  /** Prefix for the ids of the card's fields. */
  idBase: string;
  language: Language;
  onChange: (step: Step) => void;
  /** Stores the step's recording in the newest version of the step. */
  onRecording: (mediaId: string | undefined) => void;
  onRemove: () => void;
}

/** One small step: what to do (typed or spoken), its reward, and "Gedaan" that answers with a kind word. */
export function StepCard({ step, number, idBase, language, onChange, onRecording, onRemove }: Props) {
  const s = STRINGS[language];
  const title = s.step(number);
  const reward = step.reward.trim();
  return (
    <li>
      <fieldset class={`step-card stack ${step.done ? 'is-done' : ''}`}>
        <legend>{title}</legend>
        <label for={`${idBase}-text`}>{s.text}</label>
        <textarea id={`${idBase}-text`} rows={2} maxLength={1000} value={step.text} onInput={(e) => onChange({ ...step, text: e.currentTarget.value })} />
        <LazyVoiceRecorder value={step.recording} label={VOICE[language].speakInstead} name={title} language={language} onChange={onRecording} />
        <label for={`${idBase}-reward`}>{s.reward}</label>
        <input type="text" id={`${idBase}-reward`} maxLength={300} value={step.reward} onInput={(e) => onChange({ ...step, reward: e.currentTarget.value })} />
        <label class={`choice choice-wide step-done ${step.done ? 'is-chosen' : ''}`}>
          <input type="checkbox" checked={step.done} onChange={(e) => onChange({ ...step, done: e.currentTarget.checked })} />
          <span class="step-box" aria-hidden="true">
            {step.done ? '✓' : ''}
          </span>
          <span>
            {s.done}
            <span class="sr-only">: {title}</span>
          </span>
        </label>
        {/* Always in the page, so ticking "Gedaan" is read out as it appears. */}
        <Message kind="good">{step.done ? (reward ? s.enjoy(reward) : s.wellDone) : null}</Message>
        <RemoveButton name={step.text.trim() ? `${title}: ${step.text.trim()}` : title} language={language} onRemove={onRemove} />
      </fieldset>
    </li>
  );
}
