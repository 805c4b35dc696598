import { useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { ReadThisButton } from '../../components/ReadThisButton';
import { Screen } from '../../components/Screen';
import { getSurpsProfile, getSurpsRecognition, saveSurpsRecognition, type Recognition, type SurpsTrait } from '../../../core/surps';
import { recordsChanged } from '../../../core/records';
import { requireVault } from '../../../core/vault';
import { useLoad } from '../../useSignal';
import { RecognitionChoice } from './RecognitionChoice';
import { TraitPicture } from './TraitPicture';
import { useStrings } from './useStrings';
import './surps.css';

/** The participant's SURPS praatkaart: per trait what it means, what can help, and "herken je dit?". */
export function SurpsCardPage() {
  const s = useStrings();
  const data = useLoad(async () => {
    const access = requireVault();
    const [profile, recognition] = await Promise.all([getSurpsProfile(access), getSurpsRecognition(access)]);
    return { profile, recognition };
  }, [recordsChanged]);
  if (!data) return <Screen title={s.title} />;
  if (!data.profile) {
    return (
      <Screen title={s.title}>
        <p>{s.none}</p>
      </Screen>
    );
  }
  return (
    <Screen title={s.title}>
      <p>{s.intro}</p>
      <p>{s.talk}</p>
      <ul class="surps-traits">
        {data.profile.traits.map((trait) => (
          <li key={trait}>
            <TraitCard trait={trait} answer={data.recognition[trait]} />
          </li>
        ))}
      </ul>
    </Screen>
  );
}

function TraitCard({ trait, answer }: { trait: SurpsTrait; answer: Recognition | undefined }) {
  const s = useStrings();
  const text = s.traits[trait];
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  // Shown at once; the stored answer follows when the records reload.
  const [picked, setPicked] = useState<Recognition | null>(null);
  const id = `trait-${trait}`;
  const choose = async (next: Recognition) => {
    setProblem('');
    setSaved(false);
    setPicked(next);
    try {
      await saveSurpsRecognition(requireVault(), trait, next);
      setSaved(true);
    } catch {
      setPicked(null);
      setProblem(s.saveFailed);
    }
  };
  return (
    <article class="surps-trait" aria-labelledby={`${id}-name`}>
      <div id={`${id}-text`}>
        <div class="surps-trait-head">
          <TraitPicture trait={trait} size={72} />
          <div>
            <h2 id={`${id}-name`}>{text.name}</h2>
            <p class="surps-plain">{text.plain}</p>
          </div>
        </div>
        <section class="surps-block" aria-labelledby={`${id}-means`}>
          <h3 id={`${id}-means`}>{s.means}</h3>
          <ul class="surps-lines">
            {text.means.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section class="surps-block surps-helps" aria-labelledby={`${id}-helps`}>
          <h3 id={`${id}-helps`}>{s.helps}</h3>
          <ul class="surps-lines">
            {text.helps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <div class="button-row">
        <ReadThisButton target={`${id}-text`}>
          <span class="sr-only">: {text.name}</span>
        </ReadThisButton>
      </div>
      <RecognitionChoice name={id} question={s.recognise} traitName={text.name} value={picked ?? answer ?? null} onChange={(next) => void choose(next)} />
      <Message kind="problem">{problem}</Message>
      <Message kind="good">{saved ? s.saved : null}</Message>
    </article>
  );
}
