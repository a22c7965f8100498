import { approvalRequestSchema, expireIfDue, type ApprovalRequest } from '../limits/approval-request';
import type { WalletStorage } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { asWalletError } from './wallet-refusal';

// A parent's side of ask-to-buy: the requests the limit gate raised, their expiry and their answers.

/** Marks every pending request older than 24 hours expired; returns how many. */
export function expireApprovals(storage: WalletStorage, now: number): Promise<number> {
  return storage.write(async (tx) => {
    let expired = 0;
    for (const request of await tx.listDocuments('approvals', 'pending')) {
      const next = expireIfDue(request, now);
      if (next !== request) {
        await tx.putDocument('approvals', next);
        expired++;
      }
    }
    return expired;
  });
}

/** Newest first, optionally only those in one state; due requests are expired first. */
export async function listApprovals(storage: WalletStorage, now: number, state?: ApprovalRequest['state']): Promise<ApprovalRequest[]> {
  await expireApprovals(storage, now);
  const all = await storage.read((tx) => tx.listDocuments('approvals', state));
  return all.sort((a, b) => b.requestedAt - a.requestedAt);
}

/** Approves or declines a request; an answered or expired request is refused (and stays recorded as it is). */
export function answerApproval(
  storage: WalletStorage,
  approvalId: string,
  move: (request: ApprovalRequest, now: number) => ApprovalRequest,
  now: number,
): Promise<ApprovalRequest> {
  return storage
    .write(async (tx) => {
      const request = await tx.getDocument('approvals', approvalId);
      if (!request) throw new WalletError('invalid-request', `There is no approval request ${approvalId}.`);
      const next = approvalRequestSchema.parse(move(request, now));
      await tx.putDocument('approvals', next);
      return next;
    })
    .catch((error: unknown) => {
      // An expired request is still recorded as expired, even though the answer was refused.
      throw asWalletError(error);
    });
}
