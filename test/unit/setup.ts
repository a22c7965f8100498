// IndexedDB for Dexie in Node: every test file gets the in-memory implementation.
import 'fake-indexeddb/auto';
