import { IconLink } from '../../components/IconButton';
import { Screen } from '../../components/Screen';
import { deviceChanged, getDevice, telHref } from '../../../core/device';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';

/** The clinic's crisis numbers, one tap to call. Reachable from every screen, also when locked. */
export function Crisis() {
  const t = useT();
  const device = useLoad(getDevice, [deviceChanged]);
  const numbers = device?.crisisNumbers ?? [];
  return (
    <Screen title={t('crisis.title')}>
      <p class="calm">{t('crisis.intro')}</p>
      {device && numbers.length === 0 && <p>{t('crisis.none')}</p>}
      <ul class="crisis-list">
        {numbers.map((n, index) => (
          <li key={index}>
            <IconLink icon="call" variant="primary" href={telHref(n.number)}>
              {t('crisis.call', { label: n.label })}
              <span class="number">{n.number}</span>
            </IconLink>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
