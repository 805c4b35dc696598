// Coloured content pictograms for choice options, practice cards and lists: our own inline SVG.
export { Pictogram, PICTOGRAM_DRAWINGS, type PictogramProps } from './Pictogram.tsx';
export { PICTOGRAM_WORDS } from './words.ts';
