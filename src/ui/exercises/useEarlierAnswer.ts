import { useEffect, useState } from 'preact/hooks';
import type { AnswerRef } from '../../content/types';
import type { ExerciseContext } from './contract';

/** The earlier answer `ref` points at: undefined while it is read, when there is none, or when it cannot be read. */
export function useEarlierAnswer(ref: AnswerRef | undefined, context: ExerciseContext): unknown {
  const [value, setValue] = useState<unknown>(undefined);
  useEffect(() => {
    if (!ref) return;
    let current = true;
    context.readAnswer(ref).then(
      (earlier) => current && setValue(earlier),
      () => undefined, // an unreadable earlier answer only means starting without its items
    );
    return () => {
      current = false;
    };
  }, [ref?.session, ref?.screen]);
  return value;
}
