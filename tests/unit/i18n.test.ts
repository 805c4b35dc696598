import { expect, it } from 'vitest';
import en from '../../content/locales/en.json';
import nl from '../../content/locales/nl.json';

/** Every key path of a nested resource, e.g. "nav.home". */
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

it('has an English string for every Dutch one, and no extra ones', () => {
  expect(keys(en).sort()).toEqual(keys(nl).sort());
});

it('keeps the same {{placeholders}} in both languages', () => {
  const flat = (resource: object) => Object.fromEntries(keys(resource).map((key) => [key, key.split('.').reduce<any>((n, k) => n[k], resource) as string]));
  const nlFlat = flat(nl);
  const enFlat = flat(en);
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(nlFlat)) expect(placeholders(enFlat[key]!), key).toEqual(placeholders(nlFlat[key]!));
});

it('has no empty strings', () => {
  for (const resource of [nl, en]) expect(JSON.stringify(resource)).not.toMatch(/:\s*""/);
});
