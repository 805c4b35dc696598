import type { CrisisNumber } from '../../../core/db';
import type { ProfileCard } from '../../../core/profiles';
import type { SosCard } from '../../../core/sos';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import { CrisisCalls, HelperCalls } from './CallList';
import { Empty, SosSection } from './SosSection';
import type { SosStrings } from './strings';

interface FrontProps {
  card: SosCard;
  profile: ProfileCard;
  crisis: readonly CrisisNumber[];
  s: SosStrings;
}

/** The front of the card as the participant reads it on a bad day: big text, call buttons. */
export function SosFront({ card, profile, crisis, s }: FrontProps) {
  const helpers = card.helpers.filter((helper) => helper.name.trim() || helper.phone.trim());
  return (
    <>
      <div class="sos-owner">
        <ProfileAvatar id={profile.avatar} photo={profile.photo} size={64} />
        <p>
          <span class="sos-owner-label">{s.cardOf}</span>
          <span class="sos-name">{card.name.trim() || profile.displayName}</span>
        </p>
      </div>
      <SosSection title={s.helpers} picture="call">
        {helpers.length ? <HelperCalls helpers={helpers} s={s} /> : <Empty>{s.empty}</Empty>}
      </SosSection>
      <SosSection title={s.safePlace} picture="safePlace">
        <Text value={card.safePlace} s={s} />
      </SosSection>
      <SosSection title={s.reasons} picture="heart">
        <Lines lines={card.reasons} s={s} />
      </SosSection>
      <SosSection title={s.alternatives} picture="idea">
        <Lines lines={card.alternatives} s={s} />
      </SosSection>
      <SosSection title={s.strengthThought} picture="strength">
        {card.strengthThought.trim() ? <p class="sos-value sos-thought">{card.strengthThought.trim()}</p> : <Empty>{s.empty}</Empty>}
      </SosSection>
      {crisis.length > 0 && (
        <SosSection title={s.crisis} picture="help">
          <CrisisCalls numbers={crisis} s={s} />
        </SosSection>
      )}
    </>
  );
}

/** One line of the participant's own text, or "not filled in yet". */
export function Text({ value, s }: { value: string; s: SosStrings }) {
  return value.trim() ? <p class="sos-value">{value.trim()}</p> : <Empty>{s.empty}</Empty>;
}

function Lines({ lines, s }: { lines: readonly string[]; s: SosStrings }) {
  const filled = lines.map((line) => line.trim()).filter(Boolean);
  if (!filled.length) return <Empty>{s.empty}</Empty>;
  return (
    <ul class="sos-lines">
      {filled.map((line, index) => (
        <li key={index} class="sos-value">
          {line}
        </li>
      ))}
    </ul>
  );
}
