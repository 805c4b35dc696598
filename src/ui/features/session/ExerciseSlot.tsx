import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { answerId, getAnswerWithRevision, saveAnswerIfUnchanged, type AnswerKey } from '../../../core/answers';
import type { Revision } from '../../../core/records';
import type { Exercise } from '../../../content/types';
import type { Language } from '../../../i18n';
import { Message } from '../../components/Message';
import type { ExerciseProps } from '../../exercises/contract';
import { EXERCISE_KINDS } from '../../exercises/registry';
import { useDraft } from '../../useDraft';
import { useT } from '../../useT';
import { readEarlierAnswer } from './earlierAnswers';
import { useSessionStrings } from './strings';
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
  const s = useSessionStrings();
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  // The stored revision this tab last read or wrote: a save never replaces a newer answer from another tab.
  const revision = useRef<Revision>({ updatedAt: null });
  // A stored answer of the wrong shape (old or damaged) is not thrown away silently: it stays stored until replaced.
  const shaped = (stored: unknown) => (stored !== undefined && kind.model.isValid(stored) ? stored : kind.model.empty(exercise as never));

  // A layout effect asks for the exercise's code and answer right after the render, a frame
  // sooner than useEffect: it is on the path of every session screen that opens.
  useLayoutEffect(() => {
    let live = true;
    setAnswer(null);
    void Promise.all([kind.load(), kind.selfStored ? undefined : getAnswerWithRevision<unknown>(answerKey)]).then(([loaded, stored]) => {
      if (!live) return;
      revision.current = stored?.revision ?? { updatedAt: null };
      setComponent(() => loaded as FunctionComponent<AnyProps>);
      setAnswer({ value: shaped(stored?.value) });
    });
    return () => {
      live = false;
    };
  }, [answerKey.program, answerKey.session, answerKey.screen]);

  /**
   * Shows the answer as stored now, when another tab wrote a newer one; it is not saved back.
   * `force` is for a refused save: the newer answer wins over what was typed here.
   */
  const refresh = async (force: boolean) => {
    const stored = await getAnswerWithRevision<unknown>(answerKey);
    if (stored.revision.updatedAt === revision.current.updatedAt) return false;
    if (!force && draft.busy()) return false;
    revision.current = stored.revision;
    const next = { value: shaped(stored.value) };
    draft.markLoaded(next);
    setAnswer(next);
    return true;
  };

  const draft = useDraft(
    answer,
    async (next) => {
      if (!next || kind.selfStored) return;
      try {
        if (await saveAnswerIfUnchanged(answerKey, next.value, revision.current)) setProblem('');
        else if (await refresh(true)) setNotice(s.newerElsewhere);
      } catch {
        setProblem(t('session.saveFailed'));
      }
    },
    answer !== null && !kind.selfStored,
  );

  // Back in this tab: save what is typed here, then show a newer answer from another tab, if any.
  useEffect(() => {
    if (kind.selfStored) return;
    const onBack = () => {
      if (document.visibilityState !== 'visible') return;
      void draft
        .flush()
        .then(() => refresh(false))
        .then((changed) => changed && setNotice(s.newerElsewhere))
        .catch(() => undefined);
    };
    window.addEventListener('focus', onBack);
    document.addEventListener('visibilitychange', onBack);
    return () => {
      window.removeEventListener('focus', onBack);
      document.removeEventListener('visibilitychange', onBack);
    };
  }, [answerKey.program, answerKey.session, answerKey.screen]);

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
      <Message kind="info">{notice}</Message>
    </>
  );
}
