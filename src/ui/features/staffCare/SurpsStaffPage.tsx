import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { recordsChanged } from '../../../core/records';
import { getSurpsProfile, getSurpsRecognition, saveSurpsProfile, SURPS_TRAITS, type SurpsTrait } from '../../../core/surps';
import { useLoad } from '../../useSignal';
import { participantPath } from '../staff/participantLinks';
import { StaffScreen } from '../staff/StaffScreen';
import type { StaffPageProps } from '../staff/types';
import { TraitPicture } from '../surps/TraitPicture';
import { useStrings as useSurpsStrings } from '../surps/useStrings';
import { useStaffParticipant } from './useStaffParticipant';
import { useStrings } from './useStrings';
import '../surps/surps.css';
import './staffCare.css';

/** The trainer enters the SURPS profile after the questionnaire: one or more of the four traits. */
export function SurpsStaffPage({ params }: StaffPageProps) {
  const s = useSurpsStrings();
  const care = useStrings();
  const id = params.id!;
  const who = useStaffParticipant(id);
  const stored = useLoad(
    async () => (who ? { profile: await getSurpsProfile(who.access), recognition: await getSurpsRecognition(who.access) } : undefined),
    [recordsChanged],
    [who],
  );
  const [chosen, setChosen] = useState<SurpsTrait[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'good' | 'problem'; text: string } | null>(null);
  // Start from what is stored, once it has loaded.
  useEffect(() => {
    if (stored && chosen === null) setChosen(stored.profile?.traits ?? []);
  }, [stored]);
  if (who === undefined) return null;
  if (who === null) return <StaffScreen title={care.notFound} back="/staf" />;
  const traits = chosen ?? [];

  const save = async (next: SurpsTrait[]) => {
    setMessage(null);
    if (next.length === 0 && !stored?.profile) return setMessage({ kind: 'problem', text: s.staffPickOne });
    try {
      await saveSurpsProfile(who.access, next);
      setChosen(next);
      setMessage({ kind: 'good', text: next.length > 0 ? s.staffSaved : s.staffCleared });
    } catch {
      setMessage({ kind: 'problem', text: s.saveFailed });
    }
  };

  return (
    <StaffScreen title={s.staffTitle(who.profile.displayName)} back={participantPath(id)}>
      <p>{s.staffIntro}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(traits);
        }}
      >
        <fieldset class="stack surps-staff-traits">
          <legend>{s.staffLegend}</legend>
          {SURPS_TRAITS.map((trait) => {
            const on = traits.includes(trait);
            return (
              <label key={trait} class={`choice choice-wide ${on ? 'is-chosen' : ''}`}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => setChosen(e.currentTarget.checked ? [...traits, trait] : traits.filter((t) => t !== trait))}
                />
                <TraitPicture trait={trait} size={48} />
                <span>
                  {s.traits[trait].name}
                  <span class="hint"> ({s.traits[trait].plain})</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <Message kind="problem">{message?.kind === 'problem' ? message.text : null}</Message>
        <Message kind="good">{message?.kind === 'good' ? message.text : null}</Message>
        <div class="button-row">
          <IconButton icon="check" variant="primary" type="submit">
            {s.staffSave}
          </IconButton>
          {stored?.profile && (
            <IconButton icon="trash" onClick={() => void save([])}>
              {s.staffClear}
            </IconButton>
          )}
        </div>
      </form>
      <section aria-labelledby="surps-answers">
        <h2 id="surps-answers">{s.staffAnswers}</h2>
        {stored?.profile ? (
          <ul>
            {stored.profile.traits.map((trait) => {
              const answer = stored.recognition[trait];
              return <li key={trait}>{`${s.traits[trait].name}: ${answer ? s.answers[answer] : s.staffNoAnswer}`}</li>;
            })}
          </ul>
        ) : (
          <p>{s.staffNone}</p>
        )}
      </section>
    </StaffScreen>
  );
}
