import { z } from 'zod';

/** Why a file was not restored; the page turns each into a sentence, the details go behind a disclosure. */
export const backupProblemSchema = z.enum([
  'not-json',
  'not-a-backup',
  'unsigned',
  'other-install',
  'altered',
  'ledger',
  'too-large',
  'interrupted',
]);
export type BackupProblem = z.infer<typeof backupProblemSchema>;
