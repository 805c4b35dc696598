import type { Pair } from '../../../exercises/pairs';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { navigate } from '../../router';
import { RELAPSE_SESSION, type LessonScreen, type PhaseId } from './loadRelapseCard';
import { PhaseIcon } from './RelapseIcons';
import { STRINGS } from './strings';

interface PhaseViewProps {
  phase: PhaseId;
  pairs: Pair[];
  lesson: LessonScreen<'pairs'> | undefined;
  lessonOpen: boolean;
  language: Language;
}

/** One phase of the card: its icon and word, then each signal with its action. */
export function PhaseView({ phase, pairs, lesson, lessonOpen, language }: PhaseViewProps) {
  const s = STRINGS[language];
  const { word, says } = s.phases[phase];
  return (
    <section class={`phase phase-${phase}`} aria-labelledby={`phase-${phase}`}>
      <PhaseHead phase={phase} word={word} says={says} headingId={`phase-${phase}`} />
      {pairs.length > 0 ? (
        <ul class="phase-pairs">
          {pairs.map((pair) => (
            <li key={pair.id} class="phase-pair">
              <p>
                <span class="phase-label">{s.signal}</span> <span class="phase-value">{pair.left || '–'}</span>
              </p>
              <p>
                <span class="phase-label">{s.action}</span> <span class="phase-value">{pair.right || <span class="muted">{s.noAction}</span>}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyPart lessonNumber={lesson?.number} lessonOpen={lessonOpen} language={language} part={word} pairs />
      )}
    </section>
  );
}

/** The head of a phase: its own shape and its word, so colour is never the only sign. */
export function PhaseHead({ phase, word, says, headingId }: { phase: PhaseId; word: string; says: string; headingId: string }) {
  return (
    <div class="phase-head">
      <PhaseIcon phase={phase} size={48} class="phase-icon" />
      <div>
        <h2 id={headingId}>{word}</h2>
        <p class="phase-says">{says}</p>
      </div>
    </div>
  );
}

interface EmptyPartProps {
  /** The lesson screen that fills this part; absent when the program has none. */
  lessonNumber: number | undefined;
  lessonOpen: boolean;
  language: Language;
  /** The part's word, so each lesson button has its own name. */
  part: string;
  /** Whether the part holds signal → action pairs (the lines on paper get their headings). */
  pairs?: boolean;
}

/** A part not filled in yet: a kind word, and the way to the lesson screen that fills it. */
export function EmptyPart({ lessonNumber, lessonOpen, language, part, pairs = false }: EmptyPartProps) {
  const s = STRINGS[language];
  const canGo = lessonNumber !== undefined && lessonOpen;
  return (
    <div class="phase-empty">
      <p>{canGo || lessonNumber === undefined ? s.empty : s.emptyLater}</p>
      {canGo && (
        <IconButton icon="next" class="no-print" onClick={() => navigate(`/les/${RELAPSE_SESSION}/${lessonNumber}`)}>
          {s.toLesson}
          <span class="sr-only">: {part}</span>
        </IconButton>
      )}
      {/* Empty lines to write on by hand when the card is printed empty (only on paper). */}
      <div class="print-lines" aria-hidden="true">
        {[1, 2, 3].map((line) => (
          <div key={line} class="print-line">
            <span>{pairs ? s.signal : ''}</span>
            {pairs && <span>{s.action}</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
