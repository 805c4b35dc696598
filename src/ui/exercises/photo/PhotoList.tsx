import { useState } from 'preact/hooks';
import { deleteMedia, saveMedia, StorageFullError } from '../../../core/media';
import type { Language } from '../../../i18n';
import { Message } from '../../components/Message';
import { STRINGS } from '../strings.photo';
import { PhotoItem } from './PhotoItem';
import { PhotoPicker } from './PhotoPicker';
import { shrinkPhoto } from './shrinkPhoto';

type News = 'busy' | 'added' | 'removed' | null;

interface PhotoListProps {
  /** Media ids of the photos shown. */
  ids: readonly string[];
  /** Number of the first photo in the list ("Jouw foto N"). */
  firstNumber?: number;
  language: Language;
  /** Called with the ids of newly stored photos. */
  onAdded: (ids: string[]) => void;
  /** Called when a photo is taken out; its media is deleted here. */
  onRemoved: (id: string) => void;
}

/**
 * Camera and gallery buttons and the photos taken so far: each photo is shrunk and stored
 * encrypted; a full disk or an unreadable file gives a calm message and loses nothing else.
 */
export function PhotoList({ ids, firstNumber = 1, language, onAdded, onRemoved }: PhotoListProps) {
  const s = STRINGS[language];
  const [news, setNews] = useState<News>(null);
  const [problem, setProblem] = useState<'unreadable' | 'full' | null>(null);

  const add = async (files: File[]) => {
    setNews('busy');
    setProblem(null);
    const added: string[] = [];
    for (const file of files) {
      try {
        added.push(await saveMedia('photo', await shrinkPhoto(file)));
      } catch (error) {
        const full = error instanceof StorageFullError;
        setProblem(full ? 'full' : 'unreadable');
        if (full) break;
      }
    }
    if (added.length) onAdded(added);
    setNews(added.length ? 'added' : null);
  };
  const remove = (id: string) => {
    onRemoved(id);
    setNews('removed');
    void deleteMedia(id).catch(() => undefined);
  };

  return (
    <>
      <div class="button-row photo-picks">
        <PhotoPicker word={s.camera} camera disabled={news === 'busy'} onFiles={(files) => void add(files)} />
        <PhotoPicker word={s.gallery} disabled={news === 'busy'} onFiles={(files) => void add(files)} />
      </div>
      <p class="sr-only" role="status">
        {news ? s[news] : ''}
      </p>
      {news === 'busy' && <p aria-hidden="true">{s.busy}</p>}
      <Message kind="problem">{problem ? s[problem] : ''}</Message>
      {ids.length > 0 && (
        <ul class="photo-list">
          {ids.map((id, index) => (
            <PhotoItem key={id} id={id} number={firstNumber + index} language={language} onRemove={() => remove(id)} />
          ))}
        </ul>
      )}
    </>
  );
}
