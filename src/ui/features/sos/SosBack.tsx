import type { SosCard } from '../../../core/sos';
import { songLink, type SosLessonMedia } from '../../../core/sosCard';
import { Icon } from '../../icons/Icon.tsx';
import { Text } from './SosFront';
import { backPictures, SosPicture } from './SosPicture';
import { Empty, SosSection } from './SosSection';
import type { SosStrings } from './strings';

interface BackProps {
  card: SosCard;
  lesson: SosLessonMedia;
  s: SosStrings;
}

/** The back of the card: pictures and photos, a song, a text that helps. */
export function SosBack({ card, lesson, s }: BackProps) {
  const pictures = backPictures(lesson, card.pictures);
  let photoNumber = 0;
  return (
    <>
      <SosSection title={s.pictures} picture="drawing">
        {pictures.length ? (
          <ul class="sos-pictures">
            {pictures.map(({ id, drawing }) => (
              <li key={id}>
                <SosPicture id={id} alt={drawing ? s.drawing : s.photo(++photoNumber)} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{s.empty}</Empty>
        )}
      </SosSection>
      <SosSection title={s.song} picture="music">
        <Song song={card.song} s={s} />
      </SosSection>
      <SosSection title={s.helpText} picture="reading">
        <Text value={card.helpText} s={s} />
      </SosSection>
    </>
  );
}

/** A song title as text; a web address also as a big link that opens it outside the app. */
function Song({ song, s }: { song: string; s: SosStrings }) {
  const link = songLink(song);
  if (!song.trim()) return <Empty>{s.empty}</Empty>;
  return (
    <>
      {link && (
        <a class="btn btn-secondary sos-listen" href={link} target="_blank" rel="noopener noreferrer">
          <Icon name="speaker" size={32} />
          <span>{s.listen}</span>
        </a>
      )}
      <p class={`sos-value ${link ? 'sos-link-text' : ''}`}>{song.trim()}</p>
    </>
  );
}
