import { useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import { Icon } from '../../icons/Icon.tsx';
import { PrinterIcon } from '../sos/PrinterIcon';
import { getProfile, profilesChanged } from '../../../core/profiles';
import { setArchived } from '../../../core/staffParticipants';
import { viewParticipant } from '../../../core/staffSession';
import { i18next, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { MANAGE_LINKS, PARTICIPANT_LINKS, participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { ParticipantLink, StaffPageProps } from './types';
import { useStrings } from './useStrings';

/**
 * One participant in the staff area: name and picture, and what staff can do. Answers only
 * show after "Open werkboek van …" (or a print button, which opens the workbook on that card).
 */
export function ParticipantPage({ params, device }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const profile = useLoad(async () => (await getProfile(id)) ?? null, [profilesChanged], [id]);
  const [note, setNote] = useState('');
  const phone = device.kind === 'phone';
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const name = profile.displayName;
  const open = (page: string) => void viewParticipant(id).then(() => navigate(page));
  const shown = (links: ParticipantLink[]) => links.filter((link) => !link.when || link.when(device));
  return (
    <StaffScreen title={name} icon={<ProfileAvatar id={profile.avatar} photo={profile.photo} size={64} />} back={phone ? undefined : '/staf'}>
      {profile.archived && (
        <div class="stack">
          <p class="message message-info">{s.isArchived(name)}</p>
          <IconButton icon="unlock" onClick={() => void setArchived(id, false).then(() => setNote(s.restored(name)))}>
            {s.restore}
          </IconButton>
        </div>
      )}
      <p>{phone ? s.homeIntroPhone : s.participantIntro}</p>
      <Message kind="good">{profile.archived ? '' : note}</Message>
      <section class="stack" aria-labelledby="staff-workbook">
        <h2 id="staff-workbook">{s.sectionWorkbook}</h2>
        <p id="staff-open-hint" class="hint">
          {s.openWorkbookHint}
        </p>
        <ul class="staff-actions">
          <li>
            <IconButton icon="eye" variant="primary" aria-describedby="staff-open-hint" onClick={() => open('/werkboek')}>
              {s.openWorkbook(name)}
            </IconButton>
          </li>
          {[
            ['/sos', s.printSos],
            ['/terugvalkaart', s.printRelapse],
            ['/certificaat', s.printCertificate],
          ].map(([page, word]) => (
            <li key={page}>
              <button type="button" class="btn btn-secondary" onClick={() => open(page!)}>
                <PrinterIcon size={32} />
                <span>{word}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {shown(PARTICIPANT_LINKS).length > 0 && (
        <section class="stack" aria-labelledby="staff-guide">
          <h2 id="staff-guide">{s.sectionGuide}</h2>
          <LinkList id={id} links={shown(PARTICIPANT_LINKS)} />
        </section>
      )}
      <section class="stack" aria-labelledby="staff-manage">
        <h2 id="staff-manage">{s.sectionManage}</h2>
        <LinkList id={id} links={shown(MANAGE_LINKS).filter((link) => !(profile.archived && link.path === 'archiveren'))} />
      </section>
      {phone && (
        <div class="button-row">
          <IconButton icon="settings" variant="quiet" onClick={() => navigate('/staf/instellingen')}>
            {s.settings}
          </IconButton>
        </div>
      )}
    </StaffScreen>
  );
}

function LinkList({ id, links }: { id: string; links: ParticipantLink[] }) {
  const language = toLanguage(i18next.language);
  return (
    <ul class="staff-actions">
      {links.map((link) => (
        <li key={link.path}>
          <a
            class="btn btn-secondary"
            href={participantPath(id, link.path)}
            onClick={(event) => {
              event.preventDefault();
              navigate(participantPath(id, link.path));
            }}
          >
            <Icon name={link.icon} size={32} />
            <span>{link.label(language)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
