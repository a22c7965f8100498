import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../../extension/lib/background/message-router';
import { dispatchMessage, type MessageRoutes } from '../../../../../extension/lib/background/dispatch-message';
import type { MessageSender } from '../../../../../extension/lib/platform/sender-kind';

const extension = { id: 'livegift', origin: 'chrome-extension://livegift/' };
const popup: MessageSender = { id: 'livegift', url: 'chrome-extension://livegift/popup.html' };
const contentScript: MessageSender = { id: 'livegift', url: 'https://live.example/stream', origin: 'https://live.example', tab: { id: 7 } };
const otherExtension: MessageSender = { id: 'intruder', url: 'chrome-extension://intruder/page.html' };

function routes() {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) => (payload: unknown) => {
      calls.push(`page:${name}`);
      return Promise.resolve({ pinSet: false, lock: { locked: false, attemptsLeft: 5 }, payload });
    },
  });
  const value: MessageRoutes<MessageSender> = {
    extension,
    handlers,
    fromContentScript: (message) => {
      calls.push(`content:${(message as { type: string }).type}`);
      return Promise.resolve({ ok: true, result: {} });
    },
    scam: {
      owns: (message) => (message as { type?: string }).type?.startsWith('scam/') ?? false,
      handle: () => {
        calls.push('scam');
        return Promise.resolve({ ok: true });
      },
    },
  };
  return { calls, value };
}

describe('the background’s one message dispatch', () => {
  it('answers an extension page’s operation through the protocol', async () => {
    const { calls, value } = routes();
    expect(await dispatchMessage(value, { type: 'parental/status', payload: {} }, popup)).toMatchObject({ ok: true });
    expect(calls).toEqual(['page:parental/status']);
  });

  it('never lets a web page’s content script ask an extension page’s operation, such as disconnecting a site', async () => {
    const { calls, value } = routes();
    await dispatchMessage(value, { type: 'bridge/sites-disconnect', payload: { origin: 'https://other.example' } }, contentScript);
    await dispatchMessage(value, { type: 'wallet/overview', payload: { recentLimit: 5 } }, contentScript);
    expect(calls).toEqual(['content:bridge/sites-disconnect', 'content:wallet/overview']);
    expect(calls.some((call) => call.startsWith('page:'))).toBe(false);
  });

  it('leaves another extension’s messages unanswered, whatever they claim', () => {
    const { calls, value } = routes();
    expect(dispatchMessage(value, { type: 'parental/status', payload: {}, sender: popup }, otherExtension)).toBeUndefined();
    expect(dispatchMessage(value, { type: 'bridge/request', request: {}, gesture: true }, otherExtension)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('refuses a malformed operation from a page with a code, and hands scam-link messages to their handler', async () => {
    const { calls, value } = routes();
    expect(await dispatchMessage(value, { type: 'bridge/sites-list', payload: { extra: 1 }, more: true }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    await dispatchMessage(value, { type: 'scam/lists' }, contentScript);
    expect(calls).toEqual(['scam']);
  });

  it('refuses a confirmation threshold of 0, a fraction or an unsafe number before the bridge sees it', async () => {
    const { calls, value } = routes();
    for (const coins of [0, 1.5, -5, 2 ** 53, '1000']) {
      expect(await dispatchMessage(value, { type: 'bridge/set-confirm-threshold', payload: { coins } }, popup)).toMatchObject({
        ok: false,
        code: 'invalid-request',
      });
    }
    expect(calls).toEqual([]);
  });
});
