import { useEffect, useRef, useState } from 'preact/hooks';
import type { CrisisNumber } from '../../../core/db';
import { deviceChanged, getDevice } from '../../../core/device';
import { getSosCard, type SosCard } from '../../../core/sos';
import { getSosLessonMedia, saveSosChanges, type SosLessonMedia } from '../../../core/sosCard';
import { useDraft } from '../../useDraft';
import { useLoad } from '../../useSignal';

/** A change to the card: some fields, or a function of the newest card (for pictures added while saving). */
export type SosUpdate = Partial<SosCard> | ((card: SosCard) => Partial<SosCard>);

/** What the SOS-kaart screen shows and edits. */
export interface SosCardState {
  /** The card, or null while it loads. */
  card: SosCard | null;
  update: (change: SosUpdate) => void;
  lesson: SosLessonMedia;
  crisis: readonly CrisisNumber[];
}

/**
 * The participant's card, kept in one state for showing and editing, and saved shortly after
 * each change (and at once when the screen closes or the profile locks) into the same record
 * the lessons fill.
 */
export function useSosCard(program: string): SosCardState {
  const [card, setCard] = useState<SosCard | null>(null);
  const [lesson, setLesson] = useState<SosLessonMedia>({ photos: [] });
  const device = useLoad(getDevice, [deviceChanged]);
  // What was last handed to storage: a save writes only the fields that changed since.
  const written = useRef<SosCard | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([getSosCard(), getSosLessonMedia(program)]).then(([stored, media]) => {
      if (!live) return;
      written.current = stored;
      setCard(stored);
      setLesson(media);
    });
    return () => {
      live = false;
    };
  }, [program]);

  useDraft(
    card,
    async (next) => {
      const before = written.current;
      if (!next || !before) return;
      written.current = next;
      await saveSosChanges(before, next);
    },
    card !== null,
  );

  const update = (change: SosUpdate) => setCard((current) => current && { ...current, ...(typeof change === 'function' ? change(current) : change) });
  return { card, update, lesson, crisis: device?.crisisNumbers ?? [] };
}
