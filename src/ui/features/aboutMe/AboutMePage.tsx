import { Screen } from '../../components/Screen';
import { aboutMe, ABOUT_ME_GROUPS, type AboutMe, type AboutMeEntry, type AboutMeGroup } from '../../../core/aboutMe';
import type { ProfileCard } from '../../../core/profiles';
import { recordsChanged } from '../../../core/records';
import { isOpen } from '../../../core/release';
import { getProgram, sessionOrder, sessionSummary } from '../../../content/load';
import { i18next, toLanguage, type Language } from '../../../i18n';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { STRINGS } from './strings';
import './aboutMe.css';

type Words = (typeof STRINGS)[Language];

/** "Wat staat er over mij": everything stored about the participant on this device, grouped in plain words. */
export function AboutMePage({ profile }: { profile: ProfileCard }) {
  useT();
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const data = useLoad(() => aboutMe(profile.id), [recordsChanged], [profile.id]);
  if (!data) return <Screen title={s.title} />;
  const groups = ABOUT_ME_GROUPS.filter((group) => group === 'profile' || group === 'sessions' || data.entries.some((entry) => entry.group === group));
  return (
    <Screen title={s.title}>
      <p>{s.intro}</p>
      <p>{s.locked}</p>
      <p>{s.open}</p>
      {groups.map((group) => (
        <section key={group} class="about-group" aria-labelledby={`about-${group}`} data-group={group}>
          <h2 id={`about-${group}`}>{s.groups[group]}</h2>
          <ul class="about-lines">{lines(group, data, s, language)}</ul>
        </section>
      ))}
      <p>{s.questions}</p>
    </Screen>
  );
}

function lines(group: AboutMeGroup, data: AboutMe, s: Words, language: Language) {
  const entries = data.entries.filter((entry) => entry.group === group);
  const program = getProgram(data.profile.program);
  if (group === 'profile') {
    return (
      <>
        <li>{s.name(data.profile.displayName)}</li>
        <li>{s.picture(data.profile.photo)}</li>
        <li>{s.program(program?.title[language] ?? data.profile.program)}</li>
        <li>{s.since(longDate(data.profile.createdAt))}</li>
      </>
    );
  }
  const items = entries.map((entry) => <EntryLine key={`${entry.kind}/${entry.session ?? ''}`} entry={entry} s={s} program={data.profile.program} language={language} />);
  if (group !== 'sessions') return items;
  const order = program ? sessionOrder(program) : [];
  const open = data.profile.allOpen ? s.allOpen : s.openSessions(order.filter((id) => isOpen(id, order, data.profile.released, false)).join(', '));
  return (
    <>
      <li>{open}</li>
      {items}
    </>
  );
}

function EntryLine({ entry, s, program, language }: { entry: AboutMeEntry; s: Words; program: string; language: Language }) {
  const describe = s.kinds[entry.kind];
  const what = entry.group === 'other' || !describe ? s.other(entry.kind, entry.count) : describe(entry.count);
  const head = entry.session !== undefined ? `${s.session(entry.session, sessionSummary(program, entry.session)?.title[language] ?? '')}: ${what}` : what;
  return (
    <li>
      <span class="about-what">{head}</span>
      <span class="about-detail">
        {s.size(formatBytes(entry.bytes, language))}. {s.last(longDate(entry.lastAt))}
      </span>
    </li>
  );
}

/** Bytes as "12 kB" or "1,4 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const mega = bytes >= 1_000_000;
  const value = mega ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000));
  return `${new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${mega ? 'MB' : 'kB'}`;
}

function longDate(at: number): string {
  return new Date(at).toLocaleDateString(i18next.language, { day: 'numeric', month: 'long', year: 'numeric' });
}
