/**
 * Vite plugin (runs in Node at build and dev time): validates every program in content/programs
 * and stops the build on any problem, naming the file and field; and offers
 * `virtual:content-index` with each session's title, kind and module, so lists can show titles
 * without loading every session.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { SessionSummary } from './contentIndex';
import type { Program, Session } from './types';
import { validateProgram, validateReferences, validateSession } from './validate';

const VIRTUAL_ID = 'virtual:content-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Reads and validates all programs under `root`; returns the problems and the index. */
export function readContent(root: string): {
  problems: string[];
  index: Record<string, Record<string, SessionSummary>>;
  sessions: Record<string, Session[]>;
} {
  const problems: string[] = [];
  const index: Record<string, Record<string, SessionSummary>> = {};
  const all: Record<string, Session[]> = {};
  for (const name of readdirSync(root)) {
    const folder = join(root, name);
    const programResult = validateProgram(readJson(join(folder, 'program.json'), `${name}/program.json`, problems), `${name}/program.json`);
    problems.push(...programResult.problems);
    const sessions: Session[] = [];
    for (const file of readdirSync(join(folder, 'sessions')).filter((f) => f.endsWith('.json'))) {
      const result = validateSession(readJson(join(folder, 'sessions', file), `${name}/sessions/${file}`, problems), `${name}/sessions/${file}`);
      problems.push(...result.problems);
      if (!result.session) continue;
      if (`${result.session.id}.json` !== file) problems.push(`${name}/sessions/${file}: id: must match the file name`);
      sessions.push(result.session);
    }
    if (programResult.program) problems.push(...validateReferences(programResult.program as Program, sessions, name));
    index[name] = Object.fromEntries(sessions.map((s) => [s.id, { title: s.title, kind: s.kind, module: s.module }]));
    all[name] = sessions;
  }
  return { problems, index, sessions: all };
}

function readJson(path: string, name: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${name}: (file): ${(error as Error).message}`);
    return undefined;
  }
}

/** The plugin. */
export function contentPlugin(root: string): Plugin {
  return {
    name: 'mijn-werkboek-content',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { problems, index } = readContent(root);
      if (problems.length) this.error(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
