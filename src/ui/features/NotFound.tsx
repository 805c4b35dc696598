import { IconButton } from '../components/IconButton';
import { Screen } from '../components/Screen';
import { navigate } from '../router';
import { useT } from '../useT';

/** An unknown address: say so and offer the way home. */
export function NotFound() {
  const t = useT();
  return (
    <Screen title={t('notFound.title')}>
      <IconButton icon="home" variant="primary" onClick={() => navigate('/')}>
        {t('notFound.home')}
      </IconButton>
    </Screen>
  );
}
