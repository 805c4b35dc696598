import { expect } from 'vitest';
/**
 * Test facade for exercise components: a real participant on real Dexie (fake-indexeddb), the
 * component rendered the way the session player does (controlled, every change saved), and a
 * reload that throws the component away and shows it again from what was stored.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getAnswer, saveAnswer, type AnswerKey } from '../../../src/core/answers';
import { setUpDevice } from '../../../src/core/device';
import { createProfile, unlockWithPin } from '../../../src/core/profiles';
import type { AnswerRef, ExerciseType } from '../../../src/content/types';
import type { ExerciseOf } from '../../../src/exercises/model';
import type { ExerciseKind, ExerciseProps } from '../../../src/ui/exercises/contract';
import { initI18n } from '../../../src/i18n';
import { freshDevice } from '../../unit/helpers';

/** A fresh device with one unlocked participant. */
export async function setUpParticipant(): Promise<void> {
  await initI18n('nl');
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
  await unlockWithPin(id, '4321');
}

/** Where harness answers are stored. */
export const TEST_KEY: AnswerKey = { program: 'middelengebruik', session: '1.3', screen: 'test' };

interface Rendered<A> {
  /** The newest answer the component reported. */
  latest: () => A | undefined;
  /** What is stored now. */
  stored: () => Promise<A | undefined>;
  /** Unmounts and renders again from storage, as after a reload. */
  reload: () => Promise<void>;
}

/** Renders an exercise like the player does; `earlier` feeds readAnswer for items from earlier answers. */
export async function renderExercise<T extends ExerciseType, A>(
  kind: ExerciseKind<T, A>,
  exercise: ExerciseOf<T>,
  earlier: Record<string, unknown> = {},
): Promise<Rendered<A>> {
  const Component = await kind.load();
  let latest: A | undefined;
  const readAnswer = async (ref: AnswerRef) => earlier[`${ref.session}/${ref.screen}`];

  function Harness() {
    // Wrapped, because some answers (summary, SOS-kaart fields) are null themselves.
    const [loaded, setLoaded] = useState<{ answer: A } | null>(null);
    useEffect(() => {
      void getAnswer<A>(TEST_KEY).then((stored) => setLoaded({ answer: stored !== undefined && kind.model.isValid(stored) ? stored : kind.model.empty(exercise) }));
    }, []);
    if (loaded === null) return null;
    const { answer } = loaded;
    const props: ExerciseProps<T, A> = {
      exercise,
      answer,
      language: 'nl',
      labelledBy: 'screen-title',
      context: { answerKey: TEST_KEY, readAnswer },
      onChange: (next) => {
        latest = next;
        setLoaded({ answer: next });
        void saveAnswer(TEST_KEY, next);
      },
    };
    const Shown = Component as FunctionComponent<ExerciseProps<T, A>>;
    return (
      <main>
        <h1 id="screen-title">Oefening</h1>
        <Shown {...props} />
      </main>
    );
  }

  let view = render(<Harness />);
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Oefening' })).toBeTruthy());
  return {
    latest: () => latest,
    stored: () => getAnswer<A>(TEST_KEY),
    reload: async () => {
      // Let the last save land, as a real reload after the autosave would.
      await waitFor(async () => expect(await getAnswer<A>(TEST_KEY)).toEqual(latest));
      view.unmount();
      view = render(<Harness />);
      await waitFor(() => expect(screen.getByRole('heading', { name: 'Oefening' })).toBeTruthy());
    },
  };
}
