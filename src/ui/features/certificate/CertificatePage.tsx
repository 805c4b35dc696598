import { getProgram, sessionOrder } from '../../../content/load';
import { closingSession } from '../../../core/certificate';
import { sessionDoneAt } from '../../../core/progress';
import { deviceChanged, getDevice } from '../../../core/device';
import type { ProfileCard } from '../../../core/profiles';
import { recordsChanged } from '../../../core/records';
import { i18next, toLanguage } from '../../../i18n';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { PrinterIcon } from '../sos/PrinterIcon';
import { MountainFlag } from './MountainFlag';
import { STRINGS } from './strings';
import '../../print.css';
import './certificate.css';

/**
 * "Mijn certificaat" (route /certificaat): name, program and date (the day 3.11 was finished,
 * else today), with the organisation from the device settings. "Printen" gives one A4 landscape
 * page with nothing of the app around it.
 */
export function CertificatePage({ profile }: { profile: ProfileCard }) {
  useT(); // re-render when the language changes
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const program = getProgram(profile.program);
  const data = useLoad(
    async () => {
      const closing = program ? closingSession(sessionOrder(program)) : undefined;
      const [doneAt, device] = await Promise.all([closing ? sessionDoneAt(profile.program, closing) : undefined, getDevice()]);
      return { closing, doneAt, organisation: device?.organisation.trim() ?? '' };
    },
    [recordsChanged, deviceChanged],
    [profile.id, profile.program],
  );
  if (!data) {
    return (
      <Screen title={s.title}>
        <p>{s.loading}</p>
      </Screen>
    );
  }
  const date = new Date(data.doneAt ?? Date.now()).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <Screen title={s.title}>
      <p class="no-print">{data.doneAt !== undefined || !data.closing ? s.done : s.notYet(data.closing)}</p>
      <article class="certificate" aria-labelledby="certificate-heading">
        <div class="certificate-frame">
          <MountainFlag class="certificate-picture" />
          <h2 id="certificate-heading" class="certificate-heading">
            {s.heading}
          </h2>
          <p class="certificate-for">{s.for}</p>
          <p class="certificate-name">{profile.displayName}</p>
          <p class="certificate-did">{s.did}</p>
          <p class="certificate-program">{program?.title[language] ?? profile.program}</p>
          <p class="certificate-proud">{s.proud}</p>
          <div class="certificate-foot">
            <dl class="certificate-facts">
              <div>
                <dt>{s.date}</dt>
                <dd>{date}</dd>
              </div>
              {data.organisation && (
                <div>
                  <dt>{s.organisation}</dt>
                  <dd>{data.organisation}</dd>
                </div>
              )}
            </dl>
            <p class="certificate-signature">{s.signature}</p>
          </div>
        </div>
      </article>
      <div class="button-row">
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          <PrinterIcon size={32} />
          <span>{s.print}</span>
        </button>
      </div>
    </Screen>
  );
}
