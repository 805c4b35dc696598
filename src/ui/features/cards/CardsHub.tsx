import { Screen } from '../../components/Screen';
import { Icon, type UiIconName } from '../../icons/Icon.tsx';
import { Pictogram } from '../../pictograms';
import { navigate } from '../../router';
import { useT } from '../../useT';
import { useLoad } from '../../useSignal';
import { IconButton } from '../../components/IconButton';
import { recordsChanged } from '../../../core/records';
import { getSurpsProfile } from '../../../core/surps';
import { requireVault } from '../../../core/vault';
import { PRAATKAART_WORD } from '../surps/tileWord';
import { ABOUT_ME_WORD } from '../aboutMe/linkWord';
import { i18next, toLanguage } from '../../../i18n';

interface Card {
  path: string;
  word: string;
  picture: { icon: UiIconName } | { pictogram: string };
}

/** "Mijn kaarten": the cards a participant carries, one big tile each. */
export function CardsHub() {
  const t = useT();
  const cards: Card[] = [
    { path: '/sos', word: t('cards.sos'), picture: { icon: 'sos' } },
    { path: '/terugvalkaart', word: t('cards.relapse'), picture: { pictogram: 'stop' } },
    { path: '/kracht-gedachten', word: t('cards.strength'), picture: { pictogram: 'strength' } },
    { path: '/certificaat', word: t('cards.certificate'), picture: { icon: 'certificate' } },
  ];
  // The praatkaart only once the trainer entered a SURPS profile.
  const surps = useLoad(async () => (await getSurpsProfile(requireVault())) ?? null, [recordsChanged]);
  const language = toLanguage(i18next.language);
  if (surps) cards.push({ path: '/praatkaart', word: PRAATKAART_WORD[language], picture: { pictogram: 'talk' } });
  return (
    <Screen title={t('cards.title')}>
      <p>{t('cards.intro')}</p>
      <ul class="tile-grid" aria-busy={surps === undefined}>
        {cards.map((card) => (
          <li key={card.path}>
            <a
              class="tile"
              href={card.path}
              onClick={(event) => {
                event.preventDefault();
                navigate(card.path);
              }}
            >
              {'icon' in card.picture ? <Icon name={card.picture.icon} size={72} /> : <Pictogram id={card.picture.pictogram} size={72} />}
              <span class="tile-word">{card.word}</span>
            </a>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <IconButton icon="eye" variant="quiet" onClick={() => navigate('/over-mij')}>
          {ABOUT_ME_WORD[language]}
        </IconButton>
      </div>
    </Screen>
  );
}
