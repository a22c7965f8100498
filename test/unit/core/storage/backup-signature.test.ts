import { describe, expect, it } from 'vitest';
import { checkBackupSignature, newBackupSigningKey, signBackupJson } from '@core/storage';

describe('backup signatures', () => {
  it('verify the exact text that was signed, and nothing else', async () => {
    const key = await newBackupSigningKey();
    const json = JSON.stringify({ format: 'livegift-wallet-backup', balances: [{ account: 'viewer:me', balance: 70 }] });
    const file = await signBackupJson(json, key);
    expect(await checkBackupSignature(file, key)).toEqual({ status: 'valid', json });
    // A trailing newline (an editor's save) is not part of the file's content.
    expect((await checkBackupSignature(`${file}\n`, key)).status).toBe('valid');
    expect((await checkBackupSignature(file.replace('70', '71'), key)).status).toBe('altered');
    expect((await checkBackupSignature(file.replace('{"format"', '{ "format"'), key)).status).toBe('altered');
    expect((await checkBackupSignature(json, key)).status).toBe('unsigned');
    expect((await checkBackupSignature(file, await newBackupSigningKey())).status).toBe('other-key');
    expect((await checkBackupSignature(file, null)).status).toBe('other-key');
  });

  it('cannot be moved onto other content: a signature copied from a genuine file does not cover a forged one', async () => {
    const key = await newBackupSigningKey();
    const genuine = await signBackupJson('{"balance":70}', key);
    const signature = genuine.slice(genuine.lastIndexOf(',"signature":'));
    expect((await checkBackupSignature(`{"balance":7000000${signature}`, key)).status).toBe('altered');
  });
});
