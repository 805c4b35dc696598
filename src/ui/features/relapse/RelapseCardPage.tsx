import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProfileCard } from '../../../core/profiles';
import { recordsChanged } from '../../../core/records';
import { i18next, toLanguage } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Icon } from '../../icons/Icon.tsx';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { loadRelapseCard } from './loadRelapseCard';
import { EmptyPart, PhaseView } from './PhaseView';
import { RelapseEditor } from './RelapseEditor';
import { PrintIcon } from './RelapseIcons';
import { STRINGS } from './strings';
import '../../print.css';
import './relapse.css';

/** The terugvalpreventiekaart: signals and actions in three phases, who to tell; editable and printable. */
export function RelapseCardPage({ profile }: { profile: ProfileCard }) {
  useT(); // re-render when the language changes
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const card = useLoad(() => loadRelapseCard(profile), [recordsChanged], [profile.id, profile.program]);
  const [editing, setEditing] = useState(false);
  const toggled = useRef(false);
  useEffect(() => {
    // Keyboard and screen reader users land on the first part of the editor, or back on "Aanpassen".
    if (!toggled.current) return;
    document.getElementById(editing ? 'edit-goed' : 'relapse-edit')?.focus();
  }, [editing]);
  const toggle = () => {
    toggled.current = true;
    setEditing(!editing);
  };

  if (!card) return <Screen title={s.title}><p role="status">{s.loading}</p></Screen>;
  const canEdit = card.phases.some((phase) => phase.lesson) || card.tell.lesson !== undefined;

  return (
    <Screen title={s.title}>
      <div class="relapse-card">
        <p class="relapse-owner" hidden>
          {s.owner(profile.displayName)}
        </p>
        {editing ? (
          <>
            <RelapseEditor profile={profile} card={card} language={language} />
            <div class="button-row">
              <IconButton icon="check" variant="primary" onClick={toggle}>
                {s.done}
              </IconButton>
            </div>
          </>
        ) : (
          <>
            <p class="relapse-intro">{s.intro}</p>
            <div class="button-row relapse-actions">
              {canEdit && (
                <IconButton icon="pencil" id="relapse-edit" onClick={toggle}>
                  {s.edit}
                </IconButton>
              )}
              <button type="button" class="btn btn-secondary" aria-describedby="relapse-print-hint" onClick={() => window.print()}>
                <PrintIcon size={32} />
                <span>{s.print}</span>
              </button>
              <span id="relapse-print-hint" class="sr-only">
                {s.printHint}
              </span>
            </div>
            <div class="phases">
              {card.phases.map((phase) => (
                <PhaseView key={phase.id} phase={phase.id} pairs={phase.pairs} lesson={phase.lesson} lessonOpen={card.lessonOpen} language={language} />
              ))}
            </div>
            <section class="phase phase-tell" aria-labelledby="relapse-tell">
              <div class="phase-head">
                <Icon name="group" size={48} class="phase-icon" />
                <h2 id="relapse-tell">{s.tell}</h2>
              </div>
              {card.tell.names.length > 0 ? (
                <ul class="tell-names">
                  {card.tell.names.map((name, index) => (
                    <li key={index}>{name}</li>
                  ))}
                </ul>
              ) : (
                <EmptyPart lessonNumber={card.tell.lesson?.number} lessonOpen={card.lessonOpen} language={language} part={s.tell} />
              )}
            </section>
          </>
        )}
      </div>
    </Screen>
  );
}
