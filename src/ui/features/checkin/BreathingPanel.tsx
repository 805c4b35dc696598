import { useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import type { BreathingGuide } from '../../exercises/practice/BreathingGuide';
import { i18next, toLanguage } from '../../../i18n';
import { useStrings } from './useStrings';
import './checkin.css';

interface Props {
  /** The word of the way back, e.g. "Terug naar de vragen". */
  backLabel: string;
  onBack: () => void;
  /** Whether the panel's heading is the screen's h1 (own page) or an h2 (inside the check-in). */
  heading: 'h1' | 'h2';
}

/**
 * The guided breathing of the practice exercise (the same component, not a copy): it starts only
 * when "Begin" is tapped, runs without a timer and stops with one tap.
 */
export function BreathingPanel({ backLabel, onBack, heading }: Props) {
  const s = useStrings();
  const title = useRef<HTMLHeadingElement>(null);
  const [Guide, setGuide] = useState<typeof BreathingGuide | null>(null);
  useEffect(() => {
    if (heading === 'h2') title.current?.focus();
    let live = true;
    void import('./breathingGuide').then((module) => live && setGuide(() => module.BreathingGuide));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div class="breathing-panel">
      {heading === 'h2' && (
        <h2 ref={title} tabIndex={-1}>
          {s.breatheTitle}
        </h2>
      )}
      {/* No count of breaths is kept here: this is for the moment, not a task. */}
      {Guide && <Guide language={toLanguage(i18next.language)} onDone={() => {}} />}
      <IconButton icon="back" onClick={onBack}>
        {backLabel}
      </IconButton>
    </div>
  );
}
