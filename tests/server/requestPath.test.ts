import { describe, expect, it } from 'vitest';
import { decodePath, rawPathOf, resolveInside } from '../../src/server/requestPath.js';

describe('rawPathOf', () => {
  it('cuts off query and fragment', () => {
    expect(rawPathOf('/werkboek/home?tab=2#top')).toBe('/werkboek/home');
    expect(rawPathOf(undefined)).toBe('');
  });
});

describe('decodePath', () => {
  it('decodes and normalises ordinary paths', () => {
    expect(decodePath('/oefening/%C3%A9%C3%A9n')).toBe('/oefening/één');
    expect(decodePath('/assets//./app.js')).toBe('/assets/app.js');
  });

  it.each(['/%E0%A4%A', '/a%00.js', '/../x', '/a/%2e%2e/%2e%2e/x', '/..%2fx', '/..%5cx', 'x', '*'])('refuses %s', (raw) => {
    expect(decodePath(raw)).toBeNull();
  });
});

describe('resolveInside', () => {
  it('keeps paths under the root and refuses the rest', () => {
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveInside('/srv/app', '/')).toBe('/srv/app');
    expect(resolveInside('/srv/app', '/../app2/x')).toBeNull();
  });
});
