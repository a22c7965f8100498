import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const keyFileSchema = z.object({ alg: z.literal('HS256'), secret: z.string().regex(/^[A-Za-z0-9_-]{43,}$/) });

/**
 * The demo's HS256 secret, kept in the data folder so demo tokens stay valid across a restart (and are
 * shared by instances that share the folder). Created once, readable by this user only.
 */
export function demoSigningKey(dataDir: string): Uint8Array {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'demo-signing-key.json');
  try {
    writeFileSync(path, JSON.stringify({ alg: 'HS256', secret: randomBytes(32).toString('base64url') }), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a LiveGift demo key; delete it to make a new one (demo tokens then end).`);
  return Buffer.from(parsed.data.secret, 'base64url');
}
