import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { Screen } from '../../components/Screen';
import { MoodChoice } from './MoodChoice';
import { CravingChoice } from './CravingChoice';
import { EmotionChoice } from './EmotionChoice';
import { BreatheButton } from './BreatheButton';
import { BreathingPanel } from './BreathingPanel';
import { useStrings } from './useStrings';
import { NoteField } from './NoteField';
import { useDraft } from '../../useDraft';
import { EMPTY_DRAFT, getDraft, isComplete, saveCheckIn, saveDraft, type CheckInDraft } from '../../../core/checkins';
import { navigate } from '../../router';
import { useT } from '../../useT';

const STEPS = ['mood', 'emotion', 'craving', 'note'] as const;
type Step = (typeof STEPS)[number] | 'saved';

/**
 * "Hoe gaat het?": mood, how strong the feeling is (0-10, may be skipped), craving, then an
 * optional note; one question per screen. "Even rustig ademen" opens the breathing guide in
 * place from every screen, and closing it comes back to the same question.
 */
export function CheckIn() {
  const t = useT();
  const s = useStrings();
  const [draft, setDraft] = useState<CheckInDraft | null>(null);
  const [step, setStep] = useState<Step>('mood');
  const [problem, setProblem] = useState('');
  const [breathing, setBreathing] = useState(false);
  useEffect(() => {
    void getDraft().then((saved) => setDraft(saved ?? { ...EMPTY_DRAFT }));
  }, []);
  useDraft(draft, async (value) => { if (value) await saveDraft(value); }, draft !== null && step !== 'saved');

  if (!draft) return <Screen title={t('checkIn.title')} />;
  const change = (patch: Partial<CheckInDraft>) => setDraft({ ...draft, ...patch });
  const index = STEPS.indexOf(step as (typeof STEPS)[number]);
  const go = (next: Step) => {
    setProblem('');
    setStep(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
  };
  const save = async () => {
    if (!isComplete(draft)) return setProblem(t('checkIn.chooseMood'));
    try {
      await saveCheckIn(draft);
      setDraft({ ...EMPTY_DRAFT });
      go('saved');
    } catch {
      setProblem(t('checkIn.saveFailed'));
    }
  };

  const closeBreathing = () => {
    setBreathing(false);
    requestAnimationFrame(() => document.getElementById('breathe-button')?.focus());
  };
  if (breathing) {
    return (
      <Screen title={t('checkIn.title')}>
        <BreathingPanel heading="h2" backLabel={s.backToQuestions} onBack={closeBreathing} />
      </Screen>
    );
  }
  const breathe = <BreatheButton onClick={() => setBreathing(true)} />;

  if (step === 'saved') {
    return (
      <Screen title={t('checkIn.title')}>
        <h2 tabIndex={-1}>{t('checkIn.saved')}</h2>
        <div class="button-row">
          <IconButton icon="list" variant="primary" onClick={() => navigate('/mijn-dagen')}>
            {t('checkIn.toDays')}
          </IconButton>
          <IconButton icon="home" onClick={() => navigate('/werkboek')}>
            {t('nav.home')}
          </IconButton>
        </div>
        {breathe}
      </Screen>
    );
  }

  return (
    <Screen title={t('checkIn.title')}>
      <p class="step-count">{t('checkIn.step', { step: index + 1, total: STEPS.length })}</p>
      {step === 'mood' && <MoodChoice value={draft.mood} onChange={(mood) => change({ mood })} />}
      {step === 'emotion' && <EmotionChoice value={draft.emotion} onChange={(emotion) => change({ emotion })} />}
      {step === 'craving' && <CravingChoice value={draft.craving} onChange={(craving) => change({ craving })} />}
      {step === 'note' && (
        <NoteField value={draft.note} recording={draft.recording} onChange={(note) => change({ note })} onRecording={(recording) => change({ recording })} />
      )}
      <Message kind="problem">{problem}</Message>
      <div class="button-row nav-row">
        {index > 0 ? (
          <IconButton icon="back" onClick={() => go(STEPS[index - 1]!)}>
            {t('nav.back')}
          </IconButton>
        ) : (
          <span />
        )}
        {step === 'note' ? (
          <IconButton icon="check" variant="primary" onClick={save}>
            {t('checkIn.save')}
          </IconButton>
        ) : (
          <IconButton icon="next" variant="primary" onClick={() => (step === 'mood' && draft.mood === null ? setProblem(t('checkIn.chooseMood')) : go(STEPS[index + 1]!))}>
            {t('nav.next')}
          </IconButton>
        )}
      </div>
      {breathe}
    </Screen>
  );
}
