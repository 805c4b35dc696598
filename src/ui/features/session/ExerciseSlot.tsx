import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { answerId, getAnswer, saveAnswer, type AnswerKey } from '../../../core/answers';
import type { Exercise } from '../../../content/types';
import type { Language } from '../../../i18n';
import { Message } from '../../components/Message';
import type { ExerciseProps } from '../../exercises/contract';
import { EXERCISE_KINDS } from '../../exercises/registry';
import { useDraft } from '../../useDraft';
import { useT } from '../../useT';
import { readEarlierAnswer } from './earlierAnswers';
import { OtherVersions } from '../sync/OtherVersions';

interface SlotProps {
  exercise: Exercise;
  answerKey: AnswerKey;
  language: Language;
  labelledBy: string;
}

type AnyProps = ExerciseProps<Exercise['type'], unknown>;

/** Loads an exercise's component and its stored answer, and saves every change as the participant goes. */
export function ExerciseSlot({ exercise, answerKey, language, labelledBy }: SlotProps) {
  const t = useT();
  const kind = EXERCISE_KINDS[exercise.type];
  const [Component, setComponent] = useState<FunctionComponent<AnyProps> | null>(null);
  const [answer, setAnswer] = useState<{ value: unknown } | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    setAnswer(null);
    void Promise.all([kind.load(), kind.selfStored ? undefined : getAnswer<unknown>(answerKey)]).then(([loaded, stored]) => {
      if (!live) return;
      setComponent(() => loaded as FunctionComponent<AnyProps>);
      // A stored answer of the wrong shape (old or damaged) is not thrown away silently: it stays stored until replaced.
      setAnswer({ value: stored !== undefined && kind.model.isValid(stored) ? stored : kind.model.empty(exercise as never) });
    });
    return () => {
      live = false;
    };
  }, [answerKey.program, answerKey.session, answerKey.screen]);

  useDraft(
    answer,
    async (next) => {
      if (!next || kind.selfStored) return;
      try {
        await saveAnswer(answerKey, next.value);
        setProblem('');
      } catch {
        setProblem(t('session.saveFailed'));
      }
    },
    answer !== null && !kind.selfStored,
  );

  if (!Component || !answer) return <p role="status">{t('session.loading')}</p>;
  return (
    <>
      {!kind.selfStored && (
        <OtherVersions
          recordId={answerId(answerKey)}
          field="value"
          describe={(value) => (kind.model.isValid(value) ? kind.model.describe(value as never, exercise as never, language).flatMap((line) => ('text' in line ? [line.text] : [])).join('\n') : '')}
          onChosen={(value) => setAnswer({ value })}
        />
      )}
      <Component
        exercise={exercise}
        answer={answer.value}
        onChange={(value) => setAnswer({ value })}
        language={language}
        labelledBy={labelledBy}
        context={{ answerKey, readAnswer: (ref) => readEarlierAnswer(answerKey.program, ref, language) }}
      />
      <Message kind="problem">{problem}</Message>
    </>
  );
}
