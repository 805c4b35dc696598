import type { DeviceRow } from '../../../core/db';
import { openStaffSession } from '../../../core/staffSession';
import { Screen } from '../../components/Screen';
import { StaffCodeForm } from '../profiles/StaffCodeForm';
import { NotFound } from '../NotFound';
import { matchRoute } from '../../router';
import { useLoad } from '../../useSignal';
import { hasStaffCode } from '../../../core/staff';
import { STAFF_PAGES } from './pages';
import { useStaffSessionOpen } from './useStaffSession';
import { useStrings } from './useStrings';
import './staff.css';

/** The staff area at /staf: the code first, then the staff screen for the path. */
export function StaffArea({ device, path }: { device: DeviceRow; path: string }) {
  const open = useStaffSessionOpen();
  if (!open) return <StaffCodeEntry device={device} />;
  for (const [route, Page] of STAFF_PAGES) {
    const params = matchRoute(route, path);
    if (params) return <Page params={params} device={device} />;
  }
  return <NotFound />;
}

/** Where the trainer (tablet) or begeleider (phone) types their code. */
function StaffCodeEntry({ device }: { device: DeviceRow }) {
  const s = useStrings();
  const phone = device.kind === 'phone';
  const hasCode = useLoad(hasStaffCode);
  return (
    <Screen title={phone ? s.codeTitlePhone : s.codeTitleTablet}>
      {hasCode === false ? (
        <p>{s.noCode}</p>
      ) : (
        <>
          <p>{phone ? s.codeIntroPhone : s.codeIntro}</p>
          <StaffCodeForm label={phone ? s.codeLabelPhone : s.codeLabelTablet} attempt={(code) => openStaffSession(code)} />
        </>
      )}
    </Screen>
  );
}
