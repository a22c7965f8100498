import { z } from 'zod';
import { fromBase64, toBase64 } from '../crypto/base64';

/**
 * The secret an installation signs its backups with. It never leaves the installation's own storage and
 * is never written into a file, so only the installation that exported a file can tell it is unchanged.
 */
export const backupSigningKeySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** 32 random bytes, base64. */
  secret: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type BackupSigningKey = z.infer<typeof backupSigningKeySchema>;

const signatureSchema = z.object({
  algorithm: z.literal('HMAC-SHA256'),
  keyId: z.string().max(64),
  mac: z.string().max(128),
});

/**
 * The signature is the file's last member. What it covers is the exact text before it (closed with
 * `}`), so checking it needs no canonical re-serialisation of a large file: any edit, even of
 * whitespace, breaks it.
 */
const SIGNATURE_MEMBER = ',"signature":';

export type BackupSignatureCheck =
  /** `json` is the signed text, the wallet without its signature. */
  | { status: 'valid'; json: string }
  | { status: 'unsigned' }
  /** Signed, but by another installation (or this one before it was reinstalled): it cannot be checked here. */
  | { status: 'other-key' }
  /** Signed with this installation's key, but changed since. */
  | { status: 'altered' };

export async function newBackupSigningKey(): Promise<BackupSigningKey> {
  const id = crypto.getRandomValues(new Uint8Array(8));
  const secret = crypto.getRandomValues(new Uint8Array(32));
  return { keyId: Array.from(id, (byte) => byte.toString(16).padStart(2, '0')).join(''), secret: toBase64(secret) };
}

function hmacKey(key: BackupSigningKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(key.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** Signs the JSON text of an unsigned backup (an object, `{…}`); returns the text of the file. */
export async function signBackupJson(json: string, key: BackupSigningKey): Promise<string> {
  if (!json.startsWith('{') || !json.endsWith('}')) throw new TypeError('A backup is a JSON object.');
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(key), new TextEncoder().encode(json)));
  const signature = { algorithm: 'HMAC-SHA256', keyId: key.keyId, mac: toBase64(mac) };
  return `${json.slice(0, -1)}${SIGNATURE_MEMBER}${JSON.stringify(signature)}}`;
}

/** Tells whether a file is a backup this installation signed and nobody changed since. */
export async function checkBackupSignature(text: string, key: BackupSigningKey | null): Promise<BackupSignatureCheck> {
  const file = text.trimEnd();
  const at = file.lastIndexOf(SIGNATURE_MEMBER);
  if (at < 0 || !file.endsWith('}')) return { status: 'unsigned' };
  let signature: z.infer<typeof signatureSchema>;
  try {
    signature = signatureSchema.parse(JSON.parse(file.slice(at + SIGNATURE_MEMBER.length, -1)));
  } catch {
    return { status: 'unsigned' };
  }
  if (key === null || signature.keyId !== key.keyId) return { status: 'other-key' };
  const json = `${file.slice(0, at)}}`;
  let mac: Uint8Array<ArrayBuffer>;
  try {
    mac = fromBase64(signature.mac);
  } catch {
    return { status: 'altered' };
  }
  // verify() compares in constant time.
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(key), mac, new TextEncoder().encode(json));
  return valid ? { status: 'valid', json } : { status: 'altered' };
}
