import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface DataFolderKeyFile {
  fileName: string;
  /** The one field that says what the key is for, e.g. `{ alg: 'HS256' }`; a file without it is refused. */
  tag: Readonly<Record<string, string>>;
  /** What to tell the operator when the file is not this key. */
  problem: string;
}

/**
 * A 256-bit secret kept in the data folder: created once (no race between instances sharing the folder:
 * the first exclusive create wins), readable by this user only, checked on every read.
 */
export function dataFolderKey(dataDir: string, { fileName, tag, problem }: DataFolderKeyFile): Uint8Array {
  const schema = z.object({
    ...Object.fromEntries(Object.entries(tag).map(([field, value]) => [field, z.literal(value)])),
    secret: z.string().regex(/^[A-Za-z0-9_-]{43,}$/),
  });
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, fileName);
  try {
    writeFileSync(path, JSON.stringify({ ...tag, secret: randomBytes(32).toString('base64url') }), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} ${problem}`);
  return Buffer.from(parsed.data.secret as string, 'base64url');
}
