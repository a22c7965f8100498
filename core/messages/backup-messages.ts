import { z } from 'zod';
import { defineOperation } from './operation';

/**
 * Extension messages are limited to 64 MiB, so a backup file travels in parts of at most this many
 * characters, both ways; the background joins an upload and checks the whole file at once.
 */
export const BACKUP_PART_CHARS = 8_000_000;
/** A backup has at most this many parts (400 M characters: far beyond 100,000 history entries). */
export const MAX_BACKUP_PARTS = 50;

const jobIdSchema = z.string().min(8).max(64);
const coins = z.number().int();
const timestamp = z.number().int().nonnegative();


/** The wallet in force against the one in the file: what the viewer confirms before a restore. */
export const backupPreviewSchema = z.object({
  current: z.object({ balance: coins }),
  file: z.object({ balance: coins, entries: z.number().int().nonnegative(), exportedAt: timestamp }),
  /** A PIN is set: restoring takes the parents' unlock. */
  needsParents: z.boolean(),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const backupOperations = {
  /** Builds and signs the file; the page then fetches it part by part. */
  'backup/export': defineOperation(
    z.object({}),
    z.object({ exportId: jobIdSchema, filename: z.string(), parts: z.number().int().min(1), entries: z.number().int().nonnegative() }),
  ),
  'backup/export-part': defineOperation(
    z.object({ exportId: jobIdSchema, part: z.number().int().min(0).max(MAX_BACKUP_PARTS) }),
    z.object({ text: z.string() }),
  ),
  /**
   * One part of a backup file. Nothing changes: after the last part the whole file is checked and its
   * preview returned; `backup/restore` then writes it.
   */
  'backup/import': defineOperation(
    z
      .object({
        importId: jobIdSchema,
        part: z.number().int().min(0),
        parts: z.number().int().min(1).max(MAX_BACKUP_PARTS),
        text: z.string().max(BACKUP_PART_CHARS),
      })
      .refine((request) => request.part < request.parts, { message: 'part must be below parts' }),
    z.object({ complete: z.boolean(), preview: backupPreviewSchema.nullable() }),
  ),
  /** Replaces the wallet with the checked upload, all or nothing; with a PIN set, only in a parents' session. */
  'backup/restore': defineOperation(
    z.object({ importId: jobIdSchema, token: z.string().min(16).max(128).optional() }),
    z.object({ balance: coins }),
  ),
};
