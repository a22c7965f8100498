import { browser } from 'wxt/browser';
import { scamResponseSchemas, type ScamRequest, type ScamResponse } from '@core/scam/scam-messages';

/** Sends a scam-link request to the background and validates the answer against that request's schema. */
export async function askScam<R extends ScamRequest>(request: R): Promise<ScamResponse<R['type']>> {
  // Every response schema has the same failure arm, so a failure fits whichever request this was.
  const failure = (code: string, message: string) => ({ ok: false, code, message }) as ScamResponse<R['type']>;
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    return failure('unreachable', 'The LiveGift background could not be reached.');
  }
  const parsed = scamResponseSchemas[request.type].safeParse(raw);
  if (!parsed.success) return failure('bad-response', 'The background answered in an unexpected format.');
  return parsed.data as ScamResponse<R['type']>;
}
