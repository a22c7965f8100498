import { describe, expect, it } from 'vitest';
import { WalletError } from '@core';
import { parseExtensionRequest, parseReply } from '@core/messages';
import { routeMessage, type Handlers } from '../../../../extension/lib/background/message-router';
import { isExtensionPage } from '../../../../extension/lib/platform/sender-kind';
import { ReplyError } from '../../../../extension/lib/background/reply-error';

const ORIGIN = 'chrome-extension://abc/';

describe('the extension message protocol', () => {
  it('accepts a well-formed request and keeps only its validated payload', () => {
    const parsed = parseExtensionRequest({ type: 'wallet/overview', payload: { recentLimit: 5 } });
    expect(parsed).toEqual({ ok: true, request: { type: 'wallet/overview', payload: { recentLimit: 5 } } });
  });

  it.each([
    null,
    'wallet/overview',
    { type: 'wallet/steal', payload: {} },
    { type: 'wallet/overview', payload: { recentLimit: 5.5 } },
    { type: 'recharge/start', payload: { packId: 'pack-70', method: 'card', instrument: 'free-money', idempotencyKey: 'k-12345678' } },
    { type: 'wallet/overview', payload: { recentLimit: 5 }, sender: 'forged' },
    { type: 'parental/set-pin', payload: { pin: '12' } },
  ])('refuses %j with invalid-request', (message) => {
    expect(parseExtensionRequest(message)).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('refuses a reply that does not match the operation', () => {
    expect(parseReply('parental/status', { ok: true, value: { pinSet: 'yes' } })).toMatchObject({ ok: false, code: 'bad-response' });
    expect(parseReply('parental/status', { ok: true, value: { pinSet: false, lock: { locked: false, attemptsLeft: 5 } } })).toEqual({
      ok: true,
      value: { pinSet: false, lock: { locked: false, attemptsLeft: 5 } },
    });
  });

  it('lets only the extension’s own pages in, as the browser reports the sender', () => {
    expect(isExtensionPage({ id: 'abc', url: `${ORIGIN}popup.html` }, 'abc', ORIGIN)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'https://evil.example/', tab: {} }, 'abc', ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `${ORIGIN}popup.html` }, 'abc', ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: 'abc' }, 'abc', ORIGIN)).toBe(false);
  });
});

describe('routing a message to its handler', () => {
  const handlers = {
    'parental/status': () => Promise.resolve({ pinSet: false, lock: { locked: false, attemptsLeft: 5 } }),
    'parental/unlock': () => Promise.reject(new ReplyError('pin-wrong', 'wrong', { attemptsLeft: 3 })),
    'recharge/refresh': () => Promise.reject(new WalletError('recharge-pending', 'still pending')),
    'wallet/overview': () => Promise.reject(new Error('disk on fire')),
  } as unknown as Handlers;

  it('answers with the handler’s value', async () => {
    expect(await routeMessage(handlers, { type: 'parental/status', payload: {} })).toMatchObject({ ok: true, value: { pinSet: false } });
  });

  it('turns refusals into coded failures, and anything unexpected into a vague internal one', async () => {
    expect(await routeMessage(handlers, { type: 'parental/unlock', payload: { pin: '0000' } })).toEqual({
      ok: false,
      code: 'pin-wrong',
      message: 'wrong',
      attemptsLeft: 3,
    });
    expect(await routeMessage(handlers, { type: 'recharge/refresh', payload: { rechargeId: 'rc-1' } })).toMatchObject({
      ok: false,
      code: 'recharge-pending',
    });
    const internal = await routeMessage(handlers, { type: 'wallet/overview', payload: { recentLimit: 1 } });
    expect(internal).toMatchObject({ ok: false, code: 'internal' });
    expect(JSON.stringify(internal)).not.toContain('disk on fire');
  });

  it('never calls a handler for a malformed message', async () => {
    expect(await routeMessage(handlers, { type: 'wallet/overview', payload: { recentLimit: -1 } })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
  });
});
