// Our own inline SVG pictograms: no emoji, no icon font, nothing fetched.
export { IconSvg, ICON_SIZE_PX, ICON_STROKE, type IconProps } from './IconSvg.tsx';
export { Icon, UI_ICONS, type UiIconName } from './Icon.tsx';
export * from './navigation.tsx';
export * from './actions.tsx';
export * from './safety.tsx';
export * from './people.tsx';
export * from './objects.tsx';
export { MoodFace, MOODS, type Mood } from './moods.tsx';
export { Avatar, AVATAR_IDS, AVATAR_WORDS, type AvatarId } from './avatars.tsx';
export { WorkbookIcon, WORKBOOK_PARTS, type WorkbookPart } from './workbook.tsx';
