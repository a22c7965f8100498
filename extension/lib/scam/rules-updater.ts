import { acceptRulesUpdate, MAX_RULES_UPDATE_BYTES, type RulesUpdateOutcome } from '@core';
import { currentRules, saveRules, updateUrl } from './scam-storage';

const tooLarge = (): RulesUpdateOutcome => ({
  accepted: false,
  code: 'too-large',
  limit: MAX_RULES_UPDATE_BYTES,
  reason: `The update is larger than ${MAX_RULES_UPDATE_BYTES} bytes.`,
});

/** The body as text, or null once it passes `limit` bytes: read chunk by chunk, so a huge answer is never held whole. */
async function readCapped(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches the list at the configured update URL (storage key `scam.updateUrl`) and keeps it only when it is at
 * most MAX_RULES_UPDATE_BYTES, parses, and is newer by a bounded step. Anything else leaves the current list in force.
 */
export async function updateRulesFromUrl(fetcher: typeof fetch = fetch): Promise<RulesUpdateOutcome | null> {
  const url = await updateUrl();
  if (!url) return null;
  let body: unknown;
  try {
    const response = await fetcher(url, { cache: 'no-store' });
    if (!response.ok) {
      return { accepted: false, code: 'http-status', status: response.status, reason: `The update server answered ${response.status}.` };
    }
    const text = await readCapped(response, MAX_RULES_UPDATE_BYTES);
    if (text === null) return tooLarge();
    body = JSON.parse(text);
  } catch {
    return { accepted: false, code: 'unreachable', reason: 'The update could not be downloaded or is not JSON.' };
  }
  const outcome = acceptRulesUpdate(await currentRules(), body);
  if (outcome.accepted) await saveRules(outcome.rules);
  return outcome;
}
