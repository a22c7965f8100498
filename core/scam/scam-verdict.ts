import { z } from 'zod';

export const scamVerdictSchema = z.enum(['official', 'unknown', 'suspicious', 'scam']);
export type ScamVerdict = z.infer<typeof scamVerdictSchema>;

export const urlClassificationSchema = z.object({
  verdict: scamVerdictSchema,
  /** Plain-language reasons, shown to the viewer. Empty for an unremarkable 'unknown'. */
  reasons: z.array(z.string()),
});
export type UrlClassification = z.infer<typeof urlClassificationSchema>;

/** Verdicts the extension warns about. */
export const isFlagged = (verdict: ScamVerdict): boolean => verdict === 'suspicious' || verdict === 'scam';
