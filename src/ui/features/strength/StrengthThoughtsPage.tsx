import { useEffect, useState } from 'preact/hooks';
import type { ProfileCard } from '../../../core/profiles';
import { recordsChanged } from '../../../core/records';
import { getSosCard, setSosField } from '../../../core/sos';
import { addOwnThought, gatherStrengthThoughts, getStrengthThoughts, removeOwnThought, setFavourite, thoughtKey } from '../../../core/strengthThoughts';
import { i18next, toLanguage } from '../../../i18n';
import { Message } from '../../components/Message';
import { Screen } from '../../components/Screen';
import { SosIcon } from '../../icons/safety.tsx';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { AddThoughtForm } from './AddThoughtForm';
import { collectSessionThoughts } from './collectThoughts';
import { ThoughtItem } from './ThoughtItem';
import { STRINGS } from './strings';
import './strength.css';

/** "Mijn kracht gedachten": every kracht gedachte from the lessons and own ones, favourites, one on the SOS-kaart. */
export function StrengthThoughtsPage({ profile }: { profile: ProfileCard }) {
  useT(); // re-render when the language changes
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const data = useLoad(
    async () => {
      const [found, saved, card] = await Promise.all([collectSessionThoughts(profile.program, language), getStrengthThoughts(), getSosCard()]);
      return { thoughts: gatherStrengthThoughts(found, saved), onCard: card.strengthThought.trim() };
    },
    [recordsChanged],
    [profile.id, profile.program, language],
  );
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [focusCard, setFocusCard] = useState(false);
  useEffect(() => {
    // The "Op mijn SOS-kaart" button is gone once the thought is on the card: focus its new mark.
    const mark = focusCard ? document.querySelector<HTMLElement>('main .thought-on-card') : null;
    if (mark) {
      mark.focus();
      setFocusCard(false);
    }
  }, [data, focusCard]);

  const attempt = async (action: () => Promise<unknown>, done = '') => {
    try {
      await action();
      setProblem('');
      setStatus(done);
      return true;
    } catch {
      setProblem(s.saveFailed);
      return false;
    }
  };

  if (!data) return <Screen title={s.title}><p role="status">{s.loading}</p></Screen>;
  const onCardKey = thoughtKey(data.onCard);

  return (
    <Screen title={s.title}>
      <p>{s.intro}</p>
      <section class="on-card" aria-labelledby="on-card-title">
        <h2 id="on-card-title" class="on-card-title">
          <SosIcon size={40} />
          <span>{s.onCardTitle}</span>
        </h2>
        {data.onCard ? <p class="on-card-text">{data.onCard}</p> : <p>{s.onCardNone}</p>}
        {!data.thoughts.some((thought) => thought.favourite) && data.thoughts.length > 0 && <p class="hint">{s.howToCard}</p>}
      </section>
      <div class="strength-messages">
        <Message kind="good">{status}</Message>
        <Message kind="problem">{problem}</Message>
      </div>
      <h2 id="thoughts-title">{s.listTitle}</h2>
      {data.thoughts.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <div role="list" class="thought-list" aria-labelledby="thoughts-title">
          {data.thoughts.map((thought) => (
            <ThoughtItem
              key={thought.key}
              thought={thought}
              onCard={thought.key === onCardKey}
              language={language}
              onFavourite={(favourite) => void attempt(() => setFavourite(thought.key, favourite))}
              onToCard={() =>
                void attempt(() => setSosField('strengthThought', thought.text), s.putOnCard).then((ok) => ok && setFocusCard(true))
              }
              onRemove={() => {
                const ownId = thought.ownId;
                if (ownId) void attempt(() => removeOwnThought(ownId)).then(() => document.getElementById('add-thought')?.focus());
              }}
            />
          ))}
        </div>
      )}
      <AddThoughtForm language={language} onAdd={(text) => attempt(() => addOwnThought(text))} />
    </Screen>
  );
}
