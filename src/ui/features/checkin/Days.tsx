import { useMediaUrl } from '../../exercises/media/useMediaUrl';
import { MoodFace } from '../../icons/moods.tsx';
import { IconButton } from '../../components/IconButton';
import { Screen } from '../../components/Screen';
import { listCheckInDays, type CheckIn } from '../../../core/checkins';
import { recordsChanged } from '../../../core/records';
import { i18next } from '../../../i18n';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { useStrings } from './useStrings';

/** "Mijn dagen": every check-in, grouped by day, newest first. */
export function Days() {
  const t = useT();
  const days = useLoad(listCheckInDays, [recordsChanged]);
  const dayName = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(i18next.language, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <Screen title={t('days.title')}>
      {days?.length === 0 && (
        <>
          <p>{t('days.none')}</p>
          <IconButton icon="next" variant="primary" onClick={() => navigate('/hoe-gaat-het')}>
            {t('days.start')}
          </IconButton>
        </>
      )}
      {days?.map(({ day, checkIns }) => (
        <section key={day} class="day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{dayName(day)}</h2>
          <ul class="plain-list">
            {checkIns.map((checkIn) => (
              <CheckInItem key={checkIn.id} checkIn={checkIn} />
            ))}
          </ul>
        </section>
      ))}
    </Screen>
  );
}

function CheckInItem({ checkIn }: { checkIn: CheckIn }) {
  const t = useT();
  const s = useStrings();
  const time = new Date(checkIn.at).toLocaleTimeString(i18next.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <li class="checkin-item">
      <MoodFace mood={checkIn.mood} size={56} />
      <div>
        <p class="checkin-mood">
          <strong>{t(`mood.${checkIn.mood}`)}</strong> <span class="muted">{t('days.time', { time })}</span>
        </p>
        {checkIn.emotion !== null && <p>{s.emotionValue(checkIn.emotion)}</p>}
        <p>{checkIn.craving === null ? t('days.cravingUnknown') : t('days.craving', { value: checkIn.craving })}</p>
        {checkIn.note && <p class="note">{checkIn.note}</p>}
        {checkIn.recording && <SpokenNote id={checkIn.recording} />}
      </div>
    </li>
  );
}

/** Plays a spoken note back. */
function SpokenNote({ id }: { id: string }) {
  const s = useStrings();
  const shown = useMediaUrl(id);
  if (shown.state === 'loading') return null;
  if (shown.state === 'missing') return <p class="muted">{s.noteMissing}</p>;
  return (
    <figure class="media-view">
      <figcaption>{s.spokenNote}</figcaption>
      <audio controls src={shown.url} />
    </figure>
  );
}
