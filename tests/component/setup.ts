// Components run against the real core: real Dexie on fake-indexeddb, Node's WebCrypto.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(cleanup);
