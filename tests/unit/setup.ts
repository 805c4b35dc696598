// Real Dexie on an in-memory IndexedDB (fake-indexeddb); WebCrypto is Node's own.
import 'fake-indexeddb/auto';
