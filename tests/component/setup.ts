// Components run against the real core: real Dexie on fake-indexeddb, Node's WebCrypto.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a condition, not a time: give key stretching (PBKDF2) on a busy
// machine room to finish before a wait gives up.
configure({ asyncUtilTimeout: 10_000 });

afterEach(cleanup);
