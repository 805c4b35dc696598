import type { CrisisNumber } from '../../../core/db';
import type { SosCard } from '../../../core/sos';
import { HelpersEditor, LinesEditor } from '../../exercises/SosFieldEditors';
import { FieldVoiceNote } from '../../exercises/voice/FieldVoiceNote';
import { CrisisCalls } from './CallList';
import { SosSection } from './SosSection';
import type { SosStrings } from './strings';
import type { SosUpdate } from './useSosCard';

interface FrontEditorProps {
  card: SosCard;
  update: (change: SosUpdate) => void;
  crisis: readonly CrisisNumber[];
  s: SosStrings;
}

/** The front in edit mode: every field in its place, the same editors the lessons use. */
export function SosFrontEditor({ card, update, crisis, s }: FrontEditorProps) {
  return (
    <>
      <div class="sos-section sos-edit">
        <TextField id="sos-edit-name" label={s.name} value={card.name} onChange={(name) => update({ name })} />
      </div>
      <div class="sos-section sos-edit">
        <HelpersEditor label={s.helpers} value={card.helpers} onChange={(helpers) => update({ helpers })} />
      </div>
      <div class="sos-section sos-edit">
        <TextField id="sos-edit-safe-place" label={s.safePlace} value={card.safePlace} voiceField="sos/safePlace" onChange={(safePlace) => update({ safePlace })} />
      </div>
      <div class="sos-section sos-edit">
        <LinesEditor label={s.reasons} value={card.reasons} voiceField="sos/reasons" onChange={(reasons) => update({ reasons })} />
      </div>
      <div class="sos-section sos-edit">
        <LinesEditor label={s.alternatives} value={card.alternatives} voiceField="sos/alternatives" onChange={(alternatives) => update({ alternatives })} />
      </div>
      <div class="sos-section sos-edit">
        <TextField id="sos-edit-thought" label={s.strengthThought} value={card.strengthThought} long voiceField="sos/strengthThought" onChange={(strengthThought) => update({ strengthThought })} />
      </div>
      {crisis.length > 0 && (
        <SosSection title={s.crisis} picture="help">
          <p class="hint">{s.crisisHint}</p>
          <CrisisCalls numbers={crisis} s={s} />
        </SosSection>
      )}
    </>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  /** A few lines (textarea) instead of one. */
  long?: boolean;
  /** Offers a recording instead of typing, stored under this key (see core/voiceNotes.ts). */
  voiceField?: string;
  onChange: (value: string) => void;
}

/** A labelled text field of the card. */
export function TextField({ id, label, value, long, voiceField, onChange }: TextFieldProps) {
  return (
    <div class="stack">
      <label for={id}>{label}</label>
      {long ? (
        <textarea id={id} rows={3} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input id={id} type="text" value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
      {voiceField && <FieldVoiceNote field={voiceField} />}
    </div>
  );
}
