import type { CrisisNumber } from '../../../core/db';
import { telHref } from '../../../core/device';
import type { SosHelper } from '../../../core/sos';
import { IconLink } from '../../components/IconButton';
import type { SosStrings } from './strings';

/** The helpers on the card: a big call button for each one with a number, the name alone otherwise. */
export function HelperCalls({ helpers, s }: { helpers: readonly SosHelper[]; s: SosStrings }) {
  const shown = helpers.filter((helper) => helper.name.trim() || helper.phone.trim());
  return (
    <ul class="crisis-list sos-calls">
      {shown.map((helper, index) =>
        helper.phone.trim() ? (
          <li key={index}>
            <IconLink icon="call" variant="primary" href={telHref(helper.phone)}>
              {helper.name.trim() ? s.call(helper.name.trim()) : s.callNumber}
              <span class="number">{helper.phone.trim()}</span>
            </IconLink>
          </li>
        ) : (
          <li key={index} class="sos-value">
            {helper.name.trim()}
          </li>
        ),
      )}
    </ul>
  );
}

/** The clinic's crisis numbers, one tap to call (set on the device, shown on every card). */
export function CrisisCalls({ numbers, s }: { numbers: readonly CrisisNumber[]; s: SosStrings }) {
  return (
    <ul class="crisis-list sos-calls">
      {numbers.map((n, index) => (
        <li key={index}>
          <IconLink icon="call" variant="secondary" href={telHref(n.number)}>
            {s.call(n.label)}
            <span class="number">{n.number}</span>
          </IconLink>
        </li>
      ))}
    </ul>
  );
}
