import type { JSX } from 'preact';
import type { AvatarId } from './avatars.tsx';

// The drawings behind Avatar; avatars.tsx holds the ids, the words and the component.
const INK = '#1b1b1b';
const WHITE = '#ffffff';
const YELLOW = '#ffd23f';

/**
 * Background colour per avatar: twelve different hues, each at least 3:1 against white and cream
 * so the round shape stays visible; the picture on it is light, with 3:1 or more against its disc.
 */
export const AVATAR_BACKGROUNDS: Record<AvatarId, string> = {
  sun: '#1f5f8b',
  moon: '#1a237e',
  star: '#6a1b9a',
  tree: '#00838f',
  flower: '#ad1457',
  fish: '#004d40',
  bird: '#d84315',
  cat: '#37474f',
  dog: '#8d6e63',
  car: '#c62828',
  football: '#2e7d32',
  music: '#827717',
};

/** The picture drawn on each avatar's disc, on the 48 × 48 grid. */
export const AVATAR_PICTURES: Record<AvatarId, () => JSX.Element> = {
  sun: () => (
    <>
      <path
        d="M37.5 24 H43 M33.5 33.5 L37.4 37.4 M24 37.5 V43 M14.5 33.5 L10.6 37.4 M10.5 24 H5 M14.5 14.5 L10.6 10.6 M24 10.5 V5 M33.5 14.5 L37.4 10.6"
        stroke={YELLOW}
        stroke-width="4"
      />
      <circle cx="24" cy="24" r="9" fill={YELLOW} />
    </>
  ),
  moon: () => (
    <>
      <path d="M19.9 11.2 A14 14 0 1 0 35.4 29.2 A12 12 0 0 1 19.9 11.2 Z" fill="#fff3b0" />
      <circle cx="35" cy="12" r="2" fill={WHITE} />
      <circle cx="40" cy="21" r="1.5" fill={WHITE} />
    </>
  ),
  star: () => (
    <path
      d="M24 8 L28.4 18.9 L40.2 19.7 L31.1 27.3 L34 38.8 L24 32.5 L14 38.8 L16.9 27.3 L7.8 19.7 L19.6 18.9 Z"
      fill={YELLOW}
      stroke={YELLOW}
      stroke-width="2"
    />
  ),
  tree: () => (
    <>
      <rect x="20.5" y="26" width="7" height="15" rx="1.5" fill="#3b2412" />
      <g fill="#b5ef8f">
        <circle cx="24" cy="15" r="9" />
        <circle cx="15.5" cy="23" r="7.5" />
        <circle cx="32.5" cy="23" r="7.5" />
        <circle cx="24" cy="26" r="7" />
      </g>
    </>
  ),
  flower: () => (
    <>
      <path d="M24 26 V42 M24 36 Q30 30 35 32 Q31 38 24 37" stroke="#9be07a" stroke-width="3" fill="#9be07a" />
      <g fill={WHITE}>
        {[[24, 11.5], [30.5, 15.3], [30.5, 22.8], [24, 26.5], [17.5, 22.8], [17.5, 15.3]].map(([cx, cy]) => (
          <circle key={`${cx} ${cy}`} cx={cx} cy={cy} r="5.5" />
        ))}
      </g>
      <circle cx="24" cy="19" r="5" fill={YELLOW} />
    </>
  ),
  fish: () => (
    <>
      <path d="M30 24 L41 15 V33 Z" fill="#ffa040" stroke="#ffa040" stroke-width="2" />
      <ellipse cx="21" cy="24" rx="13" ry="9" fill="#ffa040" />
      <circle cx="14" cy="22" r="2.2" fill={INK} />
      <circle cx="12" cy="12" r="1.8" fill={WHITE} />
      <circle cx="16" cy="8" r="1.4" fill={WHITE} />
    </>
  ),
  bird: () => (
    <>
      <path d="M14 27 L5 22 L8 33 Z" fill={WHITE} stroke={WHITE} stroke-width="2" />
      <ellipse cx="22" cy="29" rx="12" ry="8.5" fill={WHITE} />
      <circle cx="31" cy="19" r="7" fill={WHITE} />
      <path d="M37 17 L43 20 L37 23 Z" fill={YELLOW} stroke={YELLOW} stroke-width="1.5" />
      <circle cx="32" cy="18" r="1.8" fill={INK} />
      <path d="M14 27 Q21 22 28 28 Q20 34 14 27 Z" fill="#b0bec5" />
      <path d="M20 37 V41 M25 37 V41" stroke={YELLOW} stroke-width="2" />
    </>
  ),
  cat: () => (
    <>
      <path d="M12 24 L13 8 L23 15 Z M36 24 L35 8 L25 15 Z" fill={WHITE} stroke={WHITE} stroke-width="2" />
      <ellipse cx="24" cy="27" rx="13" ry="12" fill={WHITE} />
      <path d="M15.5 13 L16 18 L19 16 Z M32.5 13 L32 18 L29 16 Z" fill="#f48fb1" />
      <ellipse cx="19" cy="25" rx="2" ry="3" fill={INK} />
      <ellipse cx="29" cy="25" rx="2" ry="3" fill={INK} />
      <path d="M22 30 H26 L24 32.5 Z" fill="#e8677a" stroke="#e8677a" stroke-width="1" />
      <path d="M24 32.5 Q22 35 20 34 M24 32.5 Q26 35 28 34 M13 30 L18 31 M13 34 L18 33 M35 30 L30 31 M35 34 L30 33" stroke={INK} stroke-width="1.3" />
    </>
  ),
  dog: () => (
    <>
      <ellipse cx="24" cy="26" rx="11" ry="12.5" fill="#ffe0b2" />
      <path d="M15 14 Q7 14 7 27 Q8 33 13 31 Z M33 14 Q41 14 41 27 Q40 33 35 31 Z" fill="#2e1b12" />
      <circle cx="19.5" cy="23" r="2" fill={INK} />
      <circle cx="28.5" cy="23" r="2" fill={INK} />
      <ellipse cx="24" cy="30" rx="3.5" ry="2.6" fill={INK} />
      <path d="M24 32 V34 M20 34 Q24 37 28 34" stroke={INK} stroke-width="1.5" />
      <path d="M22 35.5 Q24 40 26 35.5 Z" fill="#e8677a" />
    </>
  ),
  car: () => (
    <>
      <path
        d="M7 31 V26 Q7 23 10 23 L14 22 L18 15 Q19 13 21.5 13 H29 Q31.5 13 33 15 L37 22 L39 22.5 Q42 23.5 42 26 V31 Q42 33 40 33 H9 Q7 33 7 31 Z"
        fill={WHITE}
      />
      <path d="M17.5 21.5 L20.5 16 H25 V21.5 Z M27.5 16 H30.5 L33.5 21.5 H27.5 Z" fill="#64b5f6" />
      <circle cx="15" cy="33" r="5" fill={INK} />
      <circle cx="34" cy="33" r="5" fill={INK} />
      <circle cx="15" cy="33" r="2" fill="#cfd8dc" />
      <circle cx="34" cy="33" r="2" fill="#cfd8dc" />
    </>
  ),
  football: () => (
    <>
      <circle cx="24" cy="24" r="15.5" fill={WHITE} stroke={INK} stroke-width="1.5" />
      <g fill={INK}>
        <path d="M24 18.5 L29.2 22.3 L27.2 28.4 L20.8 28.4 L18.8 22.3 Z" />
        <path d="M30.8 14.7 L28.5 9.2 A15.5 15.5 0 0 1 36.7 15.1 Z M34.9 27.6 L39.5 23.7 A15.5 15.5 0 0 1 36.4 33.3 Z M24 35.5 L29 38.7 A15.5 15.5 0 0 1 19 38.7 Z M13.1 27.6 L11.6 33.3 A15.5 15.5 0 0 1 8.5 23.7 Z M17.2 14.7 L11.3 15.1 A15.5 15.5 0 0 1 19.5 9.2 Z" />
      </g>
      <path d="M24 18.5 V9 M29.2 22.3 L38.3 19.4 M27.2 28.4 L32.8 36.1 M20.8 28.4 L15.2 36.1 M18.8 22.3 L9.7 19.4" stroke={INK} stroke-width="1.5" />
    </>
  ),
  music: () => (
    <>
      <path d="M19.5 14 L36 9 V15 L19.5 20 Z" fill={WHITE} />
      <path d="M19.5 14 V33 M36 9 V29" stroke={WHITE} stroke-width="3.5" />
      <ellipse cx="15" cy="34" rx="5.5" ry="4.2" transform="rotate(-20 15 34)" fill={WHITE} />
      <ellipse cx="31.5" cy="30" rx="5.5" ry="4.2" transform="rotate(-20 31.5 30)" fill={WHITE} />
    </>
  ),
};
