import { dataFolderKey } from '../data-folder-key';

/**
 * The demo's HS256 secret, kept in the data folder so demo tokens stay valid across a restart (and are
 * shared by instances that share the folder).
 */
export function demoSigningKey(dataDir: string): Uint8Array {
  return dataFolderKey(dataDir, {
    fileName: 'demo-signing-key.json',
    tag: { alg: 'HS256' },
    problem: 'is not a LiveGift demo key; delete it to make a new one (demo tokens then end).',
  });
}
