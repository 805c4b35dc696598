import { useState } from 'preact/hooks';
import { Avatar, AVATAR_IDS, AVATAR_WORDS } from '../../icons/avatars.tsx';
import { Icon } from '../../icons/Icon.tsx';
import { Message } from '../../components/Message';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import { resizePhoto } from '../../components/resizePhoto';
import type { ProfilePhoto } from '../../../core/db';
import { useT } from '../../useT';
import { toLanguage, i18next } from '../../../i18n';

interface AvatarPickerProps {
  value: string;
  photo?: ProfilePhoto;
  onChange: (id: string, photo?: ProfilePhoto) => void;
}

/** A grid of pictures to choose from, each with its word, or an own photo (camera or gallery). */
export function AvatarPicker({ value, photo, onChange }: AvatarPickerProps) {
  const t = useT();
  const [problem, setProblem] = useState('');
  const language = toLanguage(i18next.language);
  const pickPhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      setProblem('');
      onChange('photo', await resizePhoto(file));
    } catch {
      setProblem(t('profiles.photoFailed'));
    }
  };
  return (
    <fieldset class="avatar-picker">
      <legend>{t('profiles.avatar')}</legend>
      <div class="choice-grid">
        {AVATAR_IDS.map((id) => (
          <label key={id} class={`choice ${value === id ? 'is-chosen' : ''}`}>
            <input type="radio" name="avatar" value={id} checked={value === id} onChange={() => onChange(id)} />
            <Avatar id={id} size={56} />
            <span>{AVATAR_WORDS[id][language]}</span>
          </label>
        ))}
        <label class={`choice ${value === 'photo' ? 'is-chosen' : ''}`}>
          <input type="file" accept="image/*" onChange={(e) => pickPhoto(e.currentTarget.files?.[0])} />
          {value === 'photo' && photo ? <ProfileAvatar id="photo" photo={photo} size={56} /> : <Icon name="camera" size={56} />}
          <span>{t('profiles.photo')}</span>
        </label>
      </div>
      <Message kind="problem">{problem}</Message>
    </fieldset>
  );
}
