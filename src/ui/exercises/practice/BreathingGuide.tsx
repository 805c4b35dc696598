import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { STRINGS } from '../strings.practice';

/** Breathing in takes about 4 s: a calm pace for beginners. */
export const BREATH_IN_MS = 4000;
/** Breathing out takes longer than in, about 6 s, which calms the body down. */
export const BREATH_OUT_MS = 6000;

type Phase = 'in' | 'out';

/**
 * A circle that grows while breathing in and shrinks while breathing out, with the words
 * changing. It runs until "Stop": no timer, no count to reach. Once at least one whole breath
 * was taken, stopping counts the practice as done. With reduced motion the circle stays still
 * (see exercises.css) and only the words change.
 */
export function BreathingGuide({ language, onDone }: { language: Language; onDone: () => void }) {
  const s = STRINGS[language];
  const [running, setRunning] = useState(false);
  const [phase, setPhase] = useState<Phase>('in');
  const [breaths, setBreaths] = useState(0);
  const [ended, setEnded] = useState<'done' | 'early' | null>(null);

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(
      () => {
        if (phase === 'out') setBreaths((n) => n + 1);
        setPhase(phase === 'in' ? 'out' : 'in');
      },
      phase === 'in' ? BREATH_IN_MS : BREATH_OUT_MS,
    );
    return () => clearTimeout(timer);
  }, [running, phase]);

  const begin = () => {
    setBreaths(0);
    setPhase('in');
    setEnded(null);
    setRunning(true);
  };
  const stop = () => {
    setRunning(false);
    setEnded(breaths > 0 ? 'done' : 'early');
    if (breaths > 0) onDone();
  };

  return (
    <div class="breathing">
      <p class="hint">{s.howToBreathe}</p>
      <div class="breath-stage">
        <div class={`breath-circle ${running ? `is-${phase}` : 'is-resting'}`} aria-hidden="true" />
        <p class="breath-word" aria-live="polite">
          {running ? (phase === 'in' ? s.breatheIn : s.breatheOut) : ''}
        </p>
      </div>
      <div class="button-row">
        {running ? (
          <IconButton icon="stop" variant="primary" class="breath-button" onClick={stop}>
            {s.stop}
          </IconButton>
        ) : (
          <IconButton icon="next" variant="primary" class="breath-button" onClick={begin}>
            {s.begin}
          </IconButton>
        )}
      </div>
      <p role="status" class="breath-ended">
        {ended === 'done' ? s.breathingDone : ended === 'early' ? s.stoppedEarly : ''}
      </p>
    </div>
  );
}
