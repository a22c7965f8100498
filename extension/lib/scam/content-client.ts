import { browser } from 'wxt/browser';
import type { ScamRequest, ScamResponse } from '@core';

type ContentRequest = Extract<ScamRequest, { type: 'scam/verdicts' | 'scam/page-check' | 'scam/warned' | 'scam/trust-for-session' }>;

/**
 * The content script's line to the background. No zod here (it would weigh on every page): the background is
 * our own code and validates what the page side sends; an answer that is not an object with `ok` reads as a failure.
 */
export async function askBackground<R extends ContentRequest>(request: R): Promise<ScamResponse<R['type']> | null> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return typeof answer === 'object' && answer !== null && 'ok' in answer ? (answer as ScamResponse<R['type']>) : null;
  } catch {
    return null;
  }
}
