import { Icon } from '../../icons/Icon.tsx';
import type { SosStrings } from './strings';

/** Which side of the card is shown. */
export type SosSide = 'front' | 'back';

/** The big "Voorkant / Achterkant" switch; the chosen side has a tick and a thick border, not only a colour. */
export function SideSwitch({ side, onSide, s }: { side: SosSide; onSide: (side: SosSide) => void; s: SosStrings }) {
  return (
    <div class="sos-switch" role="group" aria-label={s.sideLabel}>
      {(['front', 'back'] as const).map((option) => (
        <button key={option} type="button" class={`sos-switch-option ${side === option ? 'is-chosen' : ''}`} aria-pressed={side === option} onClick={() => onSide(option)}>
          {side === option && <Icon name="check" size={28} />}
          <span>{s[option]}</span>
        </button>
      ))}
    </div>
  );
}
