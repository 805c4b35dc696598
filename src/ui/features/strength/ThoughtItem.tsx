import type { StrengthThought } from '../../../core/strengthThoughts';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { SosIcon } from '../../icons/safety.tsx';
import { RemoveButton } from '../../exercises/RemoveButton';
import { StarIcon } from './StarIcon';
import { STRINGS } from './strings';

interface ThoughtItemProps {
  thought: StrengthThought;
  onCard: boolean;
  language: Language;
  onFavourite: (favourite: boolean) => void;
  onToCard: () => void;
  onRemove: () => void;
}

/**
 * One thought: its words and where it came from as plain paragraphs (Voorlezen reads those),
 * then the star, "Op mijn SOS-kaart" for a favourite, and "Weghalen" for an own thought.
 */
export function ThoughtItem({ thought, onCard, language, onFavourite, onToCard, onRemove }: ThoughtItemProps) {
  const s = STRINGS[language];
  const source = thought.ownId
    ? thought.sessions.length > 0
      ? s.ownAndFrom(thought.sessions)
      : s.own
    : s.from(thought.sessions);
  return (
    <div role="listitem" class={`thought ${thought.favourite ? 'is-favourite' : ''} ${onCard ? 'is-on-card' : ''}`}>
      <p class="thought-text">{thought.text}</p>
      <p class="thought-source">{source}</p>
      {onCard && (
        <p class="thought-on-card" tabIndex={-1}>
          <SosIcon size={32} />
          <span>{s.isOnCard}</span>
        </p>
      )}
      <div class="thought-buttons">
        <button type="button" class="btn btn-secondary star-toggle" aria-pressed={thought.favourite} onClick={() => onFavourite(!thought.favourite)}>
          <StarIcon size={32} filled={thought.favourite} />
          <span>
            {s.favourite}
            <span class="sr-only">: {thought.text}</span>
          </span>
        </button>
        {thought.favourite && !onCard && (
          <IconButton icon="sos" onClick={onToCard}>
            {s.toCard}
            <span class="sr-only">: {thought.text}</span>
          </IconButton>
        )}
        {thought.ownId && <RemoveButton name={thought.text} language={language} onRemove={onRemove} />}
      </div>
    </div>
  );
}
