import { describe, expect, it } from 'vitest';
import {
  APPROVAL_TTL_MS,
  approvalRequestSchema,
  approve,
  decline,
  expireIfDue,
  IllegalTransitionError,
  requestApproval,
} from '@core';

const asked = Date.UTC(2026, 10, 23, 18, 0, 0);
const hour = 60 * 60 * 1000;
const GALAXY_FOR_MIA = { kind: 'gift', giftId: 'galaxy', giftName: 'Galaxy', count: 1, creator: 'mia-cooks', stream: 'kitchen-live' } as const;

const ask = () =>
  requestApproval({
    id: 'approval-0001',
    action: { kind: 'gift', coins: 1000 },
    limit: 'largestGiftCoins',
    subject: 'Galaxy gift to mia-cooks',
    request: GALAXY_FOR_MIA,
    now: asked,
  });

describe('asking a parent to approve', () => {
  it('raises a pending request that lapses 24 hours later', () => {
    const request = ask();
    expect(request).toMatchObject({ state: 'pending', requestedAt: asked, expiresAt: asked + 24 * hour, decidedAt: null });
    expect(APPROVAL_TTL_MS).toBe(24 * hour);
  });

  it('a parent can approve a pending request', () => {
    const request = ask();
    const approved = approve(request, asked + hour);
    expect(approved).toMatchObject({ state: 'approved', decidedAt: asked + hour });
    expect(request.state).toBe('pending'); // records are immutable
    expect(approvalRequestSchema.parse(approved)).toEqual(approved);
  });

  it('a parent can decline a pending request', () => {
    expect(decline(ask(), asked + 2 * hour)).toMatchObject({ state: 'declined', decidedAt: asked + 2 * hour });
  });

  it('an answered request cannot be answered again', () => {
    const approved = approve(ask(), asked + hour);
    expect(() => decline(approved, asked + 2 * hour)).toThrow(IllegalTransitionError);
    expect(() => approve(approved, asked + 2 * hour)).toThrow(/already approved/);
    const declined = decline(ask(), asked + hour);
    expect(() => approve(declined, asked + 2 * hour)).toThrow(/already declined/);
  });
});

describe('a request nobody answers', () => {
  it('stays pending until just before 24 hours have passed', () => {
    const request = ask();
    expect(expireIfDue(request, asked + APPROVAL_TTL_MS - 1)).toBe(request);
  });

  it('expires at 24 hours, dated at its deadline rather than when it was noticed', () => {
    const expired = expireIfDue(ask(), asked + 30 * hour);
    expect(expired).toMatchObject({ state: 'expired', decidedAt: asked + APPROVAL_TTL_MS });
  });

  it('cannot be approved once expired, with a message saying why', () => {
    expect(() => approve(ask(), asked + APPROVAL_TTL_MS)).toThrow(/expired 24 hours after it was asked/);
  });

  it('an answered request never expires', () => {
    const approved = approve(ask(), asked + hour);
    expect(expireIfDue(approved, asked + 48 * hour)).toBe(approved);
  });
});

describe('stored approval requests', () => {
  it('a record whose deadline is not 24 hours after the request is reported as corrupt', () => {
    const tampered = { ...ask(), expiresAt: asked + 48 * hour };
    expect(approvalRequestSchema.safeParse(tampered).success).toBe(false);
  });

  it('a pending record with a decision time is reported as corrupt', () => {
    expect(approvalRequestSchema.safeParse({ ...ask(), decidedAt: asked }).success).toBe(false);
  });

  it('a budget block cannot raise a parental approval', () => {
    expect(() =>
      requestApproval({ id: 'approval-0002', action: { kind: 'gift', coins: 5 }, limit: 'budget' as never, subject: 'x', request: GALAXY_FOR_MIA, now: asked }),
    ).toThrow();
  });
});
