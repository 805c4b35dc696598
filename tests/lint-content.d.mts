// Types of tests/lint-content.mjs for the unit test that checks the checker.
export const AVG_WORDS_MAX: number;
export const SENTENCE_WORDS_MAX: number;
export function sentences(text: string): string[][];
export function measureScreen(texts: string[]): { average: number; longest: number; problems: string[]; longWords: string[] };
export function findJargon(text: string, jargon: Record<string, string>): string[];
export function stringLeaves(node: unknown, path?: string[]): [string, string][];
export function stringsFiles(folder: string): string[];
export function lintAll(root?: string): Promise<{ lines: string[]; failures: number }>;
