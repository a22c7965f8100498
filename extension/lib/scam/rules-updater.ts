import { acceptRulesUpdate, type RulesUpdateOutcome } from '../../../core';
import { currentRules, saveRules, updateUrl } from './scam-storage';

/**
 * Fetches the list at the configured update URL (storage key `scam.updateUrl`) and keeps it only when
 * it parses and is newer. A network error, bad JSON or an old version leaves the current list in force.
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
    body = await response.json();
  } catch {
    return { accepted: false, code: 'unreachable', reason: 'The update could not be downloaded or is not JSON.' };
  }
  const outcome = acceptRulesUpdate(await currentRules(), body);
  if (outcome.accepted) await saveRules(outcome.rules);
  return outcome;
}
