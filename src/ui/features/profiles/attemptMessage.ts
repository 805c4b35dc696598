import type { i18next } from '../../../i18n';
import type { AttemptResult } from '../../../core/throttle';

/** The message after a failed PIN or code try: what went wrong, how long to wait, that nothing is lost. */
export function attemptMessage(result: Exclude<AttemptResult, { ok: true }>, t: typeof i18next.t, what: 'pin' | 'code'): string {
  const seconds = Math.ceil(result.waitMs / 1000);
  if (result.reason === 'wait') return `${t('unlock.wait', { seconds })} ${t('unlock.nothingLost')}`;
  const first = what === 'pin' ? t('unlock.wrong') : t('code.wrong');
  if (result.waitMs > 0) return `${first} ${t('unlock.wait', { seconds })} ${t('unlock.nothingLost')}`;
  if (result.triesLeftBeforeWait <= 2) return `${first} ${t('unlock.wrongSoonWait', { count: result.triesLeftBeforeWait })}`;
  return first;
}
