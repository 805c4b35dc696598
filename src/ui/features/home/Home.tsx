import { Icon, type UiIconName } from '../../icons/Icon.tsx';
import { MoodFace } from '../../icons/moods.tsx';
import { WorkbookIcon } from '../../icons/workbook.tsx';
import { Pictogram } from '../../pictograms';
import { Screen } from '../../components/Screen';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import type { ProfileCard } from '../../../core/profiles';
import { navigate } from '../../router';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../useT';
import { lazyPage } from '../../lazyPage';

// Notes from staff come in their own small chunk: most visits to the home screen have none.
const NewNotes = lazyPage(() => import('../notes/NewNotes').then((m) => m.NewNotes));
import { EvictionWarning } from '../durability/EvictionWarning';

interface Tile {
  path: string;
  word: string;
  icon: UiIconName | 'mood' | 'workbook' | `pictogram:${string}`;
}

/** The participant's home: at most five big tiles, each a picture and a word. */
export function Home({ profile }: { profile: ProfileCard }) {
  const t = useT();
  // Only features that exist get a tile.
  const tiles: Tile[] = [
    { path: '/mijn-werkboek', word: t('home.workbook'), icon: 'workbook' },
    { path: '/hoe-gaat-het', word: t('home.checkIn'), icon: 'mood' },
    { path: '/mijn-kaarten', word: t('home.cards'), icon: 'cards' },
    { path: '/doelen', word: t('home.goals'), icon: 'pictogram:reward' },
    { path: '/mijn-reis', word: t('home.journey'), icon: 'pictogram:goal' },
  ];
  return (
    <Screen title={t('home.title', { name: profile.displayName })} icon={<ProfileAvatar id={profile.avatar} photo={profile.photo} size={56} />}>
      <p>{t('home.intro')}</p>
      <NewNotes profileId={profile.id} />
      <EvictionWarning />
      <nav aria-label={t('home.tilesLabel')}>
        <ul class="tile-grid">
          {tiles.map((tile) => (
            <li key={tile.path}>
              <a
                class="tile"
                href={tile.path}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(tile.path);
                }}
              >
                <TilePicture icon={tile.icon} />
                <span class="tile-word">{tile.word}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="button-row">
        <IconButton icon="settings" variant="quiet" onClick={() => navigate('/instellingen')}>
          {t('home.settings')}
        </IconButton>
      </div>
    </Screen>
  );
}

function TilePicture({ icon }: { icon: Tile['icon'] }) {
  if (icon === 'mood') return <MoodFace mood={4} size={72} />;
  if (icon === 'workbook') return <WorkbookIcon kind="writing" size={72} />;
  if (icon.startsWith('pictogram:')) return <Pictogram id={icon.slice('pictogram:'.length)} size={72} />;
  return <Icon name={icon as UiIconName} size={72} />;
}
