import type { SosLessonMedia } from '../../../core/sosCard';
import type { Language } from '../../../i18n';
import '../../exercises/exercises.css';
import { PhotoList } from '../../exercises/photo/PhotoList';
import { SosPicture } from './SosPicture';
import { SosSection } from './SosSection';
import type { SosStrings } from './strings';
import type { SosUpdate } from './useSosCard';

interface PicturesEditorProps {
  pictures: readonly string[];
  update: (change: SosUpdate) => void;
  lesson: SosLessonMedia;
  language: Language;
  s: SosStrings;
}

/** Photos for the back from the camera or the gallery, shrunk and stored encrypted like in the lessons. */
export function SosPicturesEditor({ pictures, update, lesson, language, s }: PicturesEditorProps) {
  const lessonCount = lesson.photos.length;

  return (
    <SosSection title={s.pictures} picture="drawing">
      <PhotoList
        ids={pictures}
        firstNumber={lessonCount + 1}
        language={language}
        onAdded={(added) => update((card) => ({ pictures: [...card.pictures, ...added] }))}
        onRemoved={(id) => update((card) => ({ pictures: card.pictures.filter((item) => item !== id) }))}
      />
      {(lesson.drawing || lessonCount > 0) && (
        <>
          <p class="hint">{s.lessonMediaHint}</p>
          <ul class="sos-pictures">
            {lesson.drawing && (
              <li>
                <SosPicture id={lesson.drawing} alt={s.drawing} />
              </li>
            )}
            {lesson.photos.map((id, index) => (
              <li key={id}>
                <SosPicture id={id} alt={s.photo(index + 1)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </SosSection>
  );
}
