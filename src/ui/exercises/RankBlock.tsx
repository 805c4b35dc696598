import { IconButton } from '../components/IconButton';
import { isEarlierItem } from '../../exercises/earlier';
import { RANK_SIZE_MAX, rankSizeWord, type RankingItem } from '../../exercises/ranking';
import type { Language } from '../../i18n';
import { RemoveButton } from './RemoveButton';
import { MinusIcon } from './MinusIcon';
import { STRINGS } from './strings.ranking';
import { LazyVoiceRecorder } from './voice/LazyVoiceRecorder';
import { STRINGS as VOICE } from './voice/strings';

interface Props {
  item: RankingItem;
  /** Prefix for the ids of the block's controls (focus returns to them after re-sorting). */
  idBase: string;
  language: Language;
  onResize: (change: 1 | -1) => void;
  onText: (text: string) => void;
  /** Stores an own item's recording in the newest version of the item. */
  onRecording: (mediaId: string | undefined) => void;
  onRemove: () => void;
}

/** One item as a block: its size shows as height, as filled squares and in words. */
export function RankBlock({ item, idBase, language, onResize, onText, onRecording, onRemove }: Props) {
  const s = STRINGS[language];
  const earlier = isEarlierItem(item.id);
  const name = item.text.trim() || s.untitled;
  const word = rankSizeWord(item.size, language);
  const squares = Array.from({ length: RANK_SIZE_MAX }, (_, i) => i < item.size);
  return (
    <li class="rank-block" data-size={item.size}>
      <div class="rank-face">
        {earlier ? (
          <span class="rank-text">{item.text}</span>
        ) : (
          <span class="rank-own">
            <label for={`${idBase}-text`}>{s.own}</label>
            <input type="text" id={`${idBase}-text`} value={item.text} maxLength={200} onInput={(e) => onText(e.currentTarget.value)} />
          </span>
        )}
        <span class="rank-size">
          <span class="rank-squares" aria-hidden="true">
            {squares.map((filled, i) => (
              <span key={i} class={filled ? 'rank-square is-filled' : 'rank-square'} />
            ))}
          </span>
          <span>{s.size(word)}</span>
        </span>
      </div>
      {!earlier && <LazyVoiceRecorder value={item.recording} label={VOICE[language].speakInstead} name={name} language={language} onChange={onRecording} />}
      <div class="button-row rank-buttons">
        <IconButton icon="plus" id={`${idBase}-bigger`} aria-disabled={item.size >= RANK_SIZE_MAX} onClick={() => onResize(1)}>
          {s.bigger}
          <span class="sr-only">: {name}</span>
        </IconButton>
        <button type="button" class="btn btn-secondary" id={`${idBase}-smaller`} aria-disabled={item.size <= 1} onClick={() => onResize(-1)}>
          <MinusIcon size={32} />
          <span>
            {s.smaller}
            <span class="sr-only">: {name}</span>
          </span>
        </button>
        {!earlier && <RemoveButton name={item.text.trim()} language={language} onRemove={onRemove} />}
      </div>
    </li>
  );
}
