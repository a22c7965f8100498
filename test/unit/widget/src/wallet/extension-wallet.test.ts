import { describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_CATALOG, MemoryWalletStore, SandboxWallet, type WalletPort } from '@core';
import { TrayController, type TrayDependencies } from '../../../../../widget/src/tray-controller';

const CONFIG = { creator: 'mia-cooks', stream: 'sunday-pancakes', catalogUrl: null, locale: 'en' as const, currency: null, goal: null, confirmAbove: 1000 };

async function wallet(coins: number): Promise<SandboxWallet> {
  const made = new SandboxWallet(new MemoryWalletStore(), { catalog: DEFAULT_GIFT_CATALOG });
  for (let i = 0; i < coins / 70; i++) await made.recharge({ packId: 'pack-70', idempotencyKey: `seed-key-${i}` });
  return made;
}

/** A fake extension: announces itself on `announce()`, is connected or not, and can be "removed". */
function fakeExtension(extensionWallet: WalletPort) {
  const listeners = new Set<() => void>();
  const state = { announced: false, connected: false };
  const seam = {
    find: () => Promise.resolve(state.announced && state.connected ? extensionWallet : null),
    name: () => (state.announced ? 'LiveGift Wallet' : null),
    connect: () => Promise.resolve((state.connected = state.announced)),
    watch: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const changed = () => listeners.forEach((listener) => listener());
  return { seam, state, changed };
}

function tray(page: WalletPort, extension: ReturnType<typeof fakeExtension>) {
  const sources: string[] = [];
  const deps: TrayDependencies = {
    emit: (type, detail) => {
      if (type === 'wallet-change') sources.push((detail as { source: string }).source);
    },
    loadPageWallet: () => Promise.resolve(page),
    findExtensionWallet: extension.seam.find,
    extension: extension.seam,
    loadSchemas: () => import('../../../../../widget/src/catalog/tray-schemas'),
    newKey: () => `tap-key-${Math.random().toString(36).slice(2)}`,
    now: () => Date.now(),
    warn: () => undefined,
  };
  return { controller: new TrayController(deps, CONFIG), sources };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the tray and the viewer’s wallet extension', () => {
  it('switches to a connected extension wallet that announces itself after the tray chose the page’s', async () => {
    const extension = fakeExtension(await wallet(700));
    extension.state.connected = true;
    const { controller, sources } = tray(await wallet(70), extension);
    await controller.ensureWallet();
    await settled();
    expect(controller.state).toMatchObject({ source: 'page', balance: 70, extensionName: null });
    extension.state.announced = true;
    extension.changed();
    await settled();
    expect(controller.state).toMatchObject({ source: 'extension', balance: 700, extensionName: 'LiveGift Wallet' });
    expect(sources).toEqual(['page', 'extension']);
  });

  it('offers an extension wallet the site is not connected to, and pays from it once the viewer connects', async () => {
    const extensionWallet = await wallet(700);
    const extension = fakeExtension(extensionWallet);
    extension.state.announced = true;
    const { controller } = tray(await wallet(70), extension);
    await controller.ensureWallet();
    extension.changed();
    await settled();
    expect(controller.state).toMatchObject({ source: 'page', extensionName: 'LiveGift Wallet' });
    await controller.useExtension();
    await settled();
    expect(controller.state.source).toBe('extension');
    await controller.send('rose');
    expect(await extensionWallet.balance()).toBe(699);
  });

  it('the recharge button opens the extension’s own recharge while it pays, and buys nothing in the page', async () => {
    const extensionWallet = await wallet(70);
    let opened = 0;
    const extension = fakeExtension(Object.assign(Object.create(extensionWallet) as WalletPort, { openRecharge: () => Promise.resolve(void opened++) }));
    extension.state.announced = true;
    extension.state.connected = true;
    const page = await wallet(0);
    const { controller } = tray(page, extension);
    await controller.ensureWallet();
    extension.changed();
    await settled();
    expect(controller.state.source).toBe('extension');
    await controller.recharge();
    expect(opened).toBe(1);
    expect(controller.state.note).toEqual({ kind: 'recharge-opened', wallet: 'LiveGift Wallet' });
    expect(await extensionWallet.balance()).toBe(70);
    expect(await page.balance()).toBe(0);
  });

  it.each([
    ['the site was disconnected', 'not-connected'],
    ['the extension was removed', 'wallet-unavailable'],
  ])('falls back to the page’s wallet when %s, and the refused gift is not sent anywhere else', async (_, code) => {
    const extensionWallet = await wallet(700);
    const refusing: WalletPort = {
      balance: () => extensionWallet.balance(),
      recharge: (request) => extensionWallet.recharge(request),
      recentEntries: (limit) => extensionWallet.recentEntries(limit),
      sendGift: () => Promise.reject({ code, message: 'The extension wallet refused.' }),
    };
    const extension = fakeExtension(refusing);
    Object.assign(extension.state, { announced: true, connected: true });
    const page = await wallet(70);
    const { controller } = tray(page, extension);
    await controller.ensureWallet();
    await settled();
    expect(controller.state.source).toBe('extension');
    extension.state.connected = false;
    await expect(controller.send('rose')).rejects.toMatchObject({ code });
    await settled();
    expect(controller.state).toMatchObject({ source: 'page', balance: 70 });
    expect(await page.balance()).toBe(70);
  });
});
