import { useEffect, useState } from 'preact/hooks';
import type { SummaryPart } from '../../exercises/model';
import { describeEarlierAnswer } from '../features/session/earlierAnswers';
import { useT } from '../useT';
import type { ExerciseProps } from './contract';
import { MediaView } from './MediaView';

/** "Mijn samenvatting": earlier answers gathered on one screen, never retyped. */
export function SummaryExercise({ exercise, language, context, labelledBy }: ExerciseProps<'summary', null>) {
  const t = useT();
  const [parts, setParts] = useState<SummaryPart[][] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(exercise.items.map((item) => describeEarlierAnswer(context.answerKey.program, item.from, language))).then((all) => live && setParts(all));
    return () => {
      live = false;
    };
  }, [exercise, language]);
  if (!parts) return null;
  return (
    <dl class="summary" aria-labelledby={labelledBy}>
      {exercise.items.map((item, index) => (
        <div class="summary-item" key={index}>
          <dt>{item.label[language]}</dt>
          {parts[index]!.length === 0 && <dd class="muted">{t('summary.empty')}</dd>}
          {parts[index]!.map((part, j) => (
            <dd key={j}>{'text' in part ? part.text : <MediaView id={part.media} />}</dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
