import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PracticeCard } from '../../../content/types';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Pictogram } from '../../pictograms';
import { STRINGS } from '../strings.practice';

/**
 * The cards of a practice (STOP, refusal steps) one at a time, moved by tapping, never on their
 * own. Reaching the last card counts the practice as done, once per time through.
 */
export function PracticeCards({ cards, language, onDone }: { cards: PracticeCard[]; language: Language; onDone: () => void }) {
  const s = STRINGS[language];
  const [index, setIndex] = useState(0);
  const counted = useRef(false);
  const title = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const titleId = useId();
  useEffect(() => {
    // The new card's title takes focus, so a screen reader reads it and focus is never lost.
    if (moved.current) title.current?.focus();
  }, [index]);
  const card = cards[index];
  if (!card) return null;
  const last = index === cards.length - 1;

  const go = (next: number) => {
    moved.current = true;
    if (next === 0) counted.current = false;
    if (next === cards.length - 1 && !counted.current) {
      counted.current = true;
      onDone();
    }
    setIndex(next);
  };

  return (
    <div class="practice-cards">
      <p class="card-count">{s.cardOf(index + 1, cards.length)}</p>
      <article class="practice-card" aria-labelledby={titleId}>
        <Pictogram id={card.pictogram} size={96} />
        <h2 id={titleId} ref={title} tabIndex={-1}>
          {card.title[language]}
        </h2>
        <p>{card.text[language]}</p>
      </article>
      {last && cards.length > 1 && <p class="cards-done">{s.cardsDone}</p>}
      <div class="button-row nav-row">
        <IconButton icon="back" disabled={index === 0} onClick={() => go(index - 1)}>
          {s.previous}
        </IconButton>
        {last ? (
          cards.length > 1 && (
            <IconButton icon="back" onClick={() => go(0)}>
              {s.again}
            </IconButton>
          )
        ) : (
          <IconButton icon="next" variant="primary" onClick={() => go(index + 1)}>
            {s.next}
          </IconButton>
        )}
      </div>
    </div>
  );
}
