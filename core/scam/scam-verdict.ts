import { z } from 'zod';
import { scamReasonSchema } from './scam-reason';

export const scamVerdictSchema = z.enum(['official', 'unknown', 'suspicious', 'scam']);
export type ScamVerdict = z.infer<typeof scamVerdictSchema>;

export const urlClassificationSchema = z.object({
  verdict: scamVerdictSchema,
  /** Why, for the viewer: a translatable code with its params and the English text. Empty for an unremarkable 'unknown'. */
  reasons: z.array(scamReasonSchema),
});
export type UrlClassification = z.infer<typeof urlClassificationSchema>;

/** Verdicts the extension warns about. */
export const isFlagged = (verdict: ScamVerdict): boolean => verdict === 'suspicious' || verdict === 'scam';
