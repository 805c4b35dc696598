/** Reads the kracht gedachten written in the sessions, using each session's own exercise to read its answer. */
import { getAnswer } from '../../../core/answers';
import { STRENGTH_SOURCES, thoughtTexts, type FoundThoughts } from '../../../core/strengthThoughts';
import { loadSession } from '../../../content/load';
import type { Language } from '../../../i18n';
import { EXERCISE_KINDS } from '../../exercises/registry';

/** The thoughts of each source session of the program, in the order of STRENGTH_SOURCES. */
export function collectSessionThoughts(program: string, language: Language): Promise<FoundThoughts[]> {
  return Promise.all(
    STRENGTH_SOURCES.map(async (source) => {
      const [session, answer] = await Promise.all([
        loadSession(program, source.session),
        getAnswer<unknown>({ program, session: source.session, screen: source.screen }),
      ]);
      const exercise = session?.screens.find((screen) => screen.id === source.screen)?.exercise;
      // An answer of an old or damaged shape gives no thoughts rather than an error.
      const valid = exercise !== undefined && answer !== undefined && EXERCISE_KINDS[exercise.type].model.isValid(answer);
      const field = 'field' in source ? source.field : undefined;
      return { session: source.session, texts: valid ? thoughtTexts(exercise, answer, language, field) : [] };
    }),
  );
}
