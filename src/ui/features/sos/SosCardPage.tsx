import { useState } from 'preact/hooks';
import type { ProfileCard } from '../../../core/profiles';
import { isSosCardEmpty } from '../../../core/sosCard';
import type { SosCard } from '../../../core/sos';
import { i18next, toLanguage } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Screen } from '../../components/Screen';
import '../../print.css';
import { useT } from '../../useT';
import { PrinterIcon } from './PrinterIcon';
import { SideSwitch, type SosSide } from './SideSwitch';
import { SosBack } from './SosBack';
import { SosBackEditor } from './SosBackEditor';
import { SosFront } from './SosFront';
import { SosFrontEditor } from './SosFrontEditor';
import { SosPrintSheet } from './SosPrintSheet';
import { STRINGS } from './strings';
import { useSosCard } from './useSosCard';
import './sos.css';
import { RecordConflicts } from '../sync/RecordConflicts';

/**
 * The SOS-kaart (route /sos): a calm screen with the front or the back of the card, an edit
 * mode that changes every field in place (the same record the lessons 2.4-2.9 fill), and a
 * print of the card as a fold-out wallet card on one A4 sheet.
 */
export function SosCardPage({ profile }: { profile: ProfileCard }) {
  useT(); // re-render when the language changes
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const { card, update, lesson, crisis } = useSosCard(profile.program);
  const [side, setSide] = useState<SosSide>('front');
  const [editing, setEditing] = useState(false);

  if (!card) {
    return (
      <Screen title={s.title}>
        <p>{s.loading}</p>
      </Screen>
    );
  }
  const empty = isSosCardEmpty(card) && !lesson.drawing && lesson.photos.length === 0;
  return (
    <Screen title={s.title}>
      <div class="sos-screen">
        <RecordConflicts
          recordId="card:sos"
          label={(field) => (typeof s[field as keyof typeof s] === 'string' ? (s[field as keyof typeof s] as string) : field)}
          onChosen={(field, value) => update({ [field]: value } as Partial<SosCard>)}
        />
        <SideSwitch side={side} onSide={setSide} s={s} />
        {editing ? <p class="hint">{s.editHint}</p> : empty && <p class="calm">{s.emptyCard}</p>}
        {/* Right under "Tik op Aanpassen", not below a card that is screens long at large text. */}
        <div class="button-row sos-edit-row">
          <IconButton icon={editing ? 'check' : 'pencil'} variant={editing ? 'primary' : 'secondary'} onClick={() => setEditing(!editing)}>
            {editing ? s.done : s.edit}
          </IconButton>
        </div>
        <div class={`sos-card sos-card-${side}`}>
          {side === 'front' ? (
            editing ? (
              <SosFrontEditor card={card} update={update} crisis={crisis} s={s} />
            ) : (
              <SosFront card={card} profile={profile} crisis={crisis} s={s} />
            )
          ) : editing ? (
            <SosBackEditor card={card} update={update} lesson={lesson} language={language} s={s} />
          ) : (
            <SosBack card={card} lesson={lesson} s={s} />
          )}
        </div>
        <div class="button-row">
          <button type="button" class="btn btn-secondary" onClick={() => window.print()}>
            <PrinterIcon size={32} />
            <span>{s.print}</span>
          </button>
        </div>
      </div>
      <SosPrintSheet card={card} fallbackName={profile.displayName} lesson={lesson} crisis={crisis} s={s} />
    </Screen>
  );
}
