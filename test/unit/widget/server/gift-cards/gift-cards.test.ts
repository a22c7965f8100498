// Gift cards: random codes kept only as keyed hashes, redeemed once in one transaction, guessing rate-limited.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walletResponseSchema } from '@core/messages/gift-server-api';
import { createBatch, disableBatch, listBatches } from '../../../../../widget/server/gift-cards/gift-card-batches';
import { giftCardHash, normalizeGiftCardCode } from '../../../../../widget/server/gift-cards/gift-card-code';
import { redeemGiftCard } from '../../../../../widget/server/gift-cards/redeem-gift-card';
import { runOperatorCommand } from '../../../../../widget/server/operator-cli';
import { apiOf, openMemoryDatabase, testServer, type Api, type ServerParts } from '../support/test-app';

const GIFT_CARD_SECRET = 'the-gift-card-secret-of-this-test-server-0123456789';
const secret = new TextEncoder().encode(GIFT_CARD_SECRET);

let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database, {
    LIVEGIFT_GIFT_CARD_SECRET: GIFT_CARD_SECRET,
    LIVEGIFT_WRITE_RATE_PER_VIEWER: '100000',
    LIVEGIFT_WRITE_RATE_PER_ADDRESS: '100000',
  });
  api = apiOf(parts);
}, 120_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

const redeem = (token: string, code: string) => api.request('/v1/gift-cards/redeem', { token, json: { code } });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;
const balanceOf = async (token: string) => walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json()).balance;

describe('gift card codes', () => {
  it('are 100 random bits in readable groups; typing is forgiving; only the keyed hash is stored', async () => {
    const { codes, batch } = await createBatch(database.driver, secret, { coins: 500, count: 50, note: 'shop A' });
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    const code = codes[0]!;
    expect(normalizeGiftCardCode(` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `)).toBe(code.replace(/-/g, ''));
    expect(normalizeGiftCardCode('not a code')).toBeUndefined();
    const { rows } = await database.driver.query<{ code_hash: string }>('SELECT code_hash FROM gift_cards WHERE batch_id = $1', [batch.id]);
    const stored = rows.map((row) => row.code_hash);
    expect(stored).toHaveLength(50);
    for (const candidate of codes) {
      expect(stored).not.toContain(candidate);
      expect(stored).not.toContain(candidate.replace(/-/g, ''));
    }
    expect(stored).toContain(giftCardHash(secret, normalizeGiftCardCode(code)!));
    // Another key makes other hashes: a stolen table without the key redeems nothing.
    expect(stored).not.toContain(giftCardHash(new TextEncoder().encode('another-key-another-key-another-key'), normalizeGiftCardCode(code)!));
  });
});

describe('POST /v1/gift-cards/redeem', { timeout: 120_000 }, () => {
  it('credits the card’s coins once; a redeemed code says so, to its owner and to anyone else', async () => {
    const { codes } = await createBatch(database.driver, secret, { coins: 250, count: 2 });
    const ana = (await api.signIn()).token;
    const ben = (await api.signIn()).token;
    const first = await redeem(ana, codes[0]!.toLowerCase());
    expect([first.status, await first.json()]).toMatchObject([201, { coins: 250, balance: 250 }]);
    const again = await redeem(ana, codes[0]!);
    expect([again.status, await errorOf(again)]).toEqual([409, { code: 'gift-card-redeemed', message: 'You already redeemed this gift card.' }]);
    const other = await redeem(ben, codes[0]!);
    expect([other.status, (await errorOf(other)).message]).toEqual([409, 'This gift card was already redeemed.']);
    expect([await balanceOf(ana), await balanceOf(ben)]).toEqual([250, 0]);
    const history = (await (await api.request('/v1/history?kind=recharge', { token: ana })).json()) as { entries: { amount: number; memo: { reason?: string } }[] };
    expect(history.entries).toMatchObject([{ amount: 250, memo: { reason: expect.stringContaining('Gift card') } }]);
  });

  it('the same code redeemed at once, by one viewer or by two, credits once', async () => {
    const { codes } = await createBatch(database.driver, secret, { coins: 100, count: 2 });
    const ana = (await api.signIn()).token;
    const mine = await Promise.all(Array.from({ length: 5 }, () => redeem(ana, codes[0]!)));
    expect(mine.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await balanceOf(ana)).toBe(100);
    const viewers = await Promise.all(Array.from({ length: 4 }, () => api.signIn()));
    const raced = await Promise.all(viewers.map(({ token }) => redeem(token, codes[1]!)));
    expect(raced.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    const balances = await Promise.all(viewers.map(({ token }) => balanceOf(token)));
    expect(balances.sort()).toEqual([0, 0, 0, 100]);
  });

  it('a disabled batch’s codes say so and credit nothing; the operator lists batches', async () => {
    const { codes, batch } = await createBatch(database.driver, secret, { coins: 700, count: 3, note: 'lost in the mail' });
    const ana = (await api.signIn()).token;
    expect((await redeem(ana, codes[0]!)).status).toBe(201);
    expect(await disableBatch(database.driver, batch.id)).toBe(true);
    const refused = await redeem(ana, codes[1]!);
    expect([refused.status, (await errorOf(refused)).code]).toEqual([403, 'gift-card-disabled']);
    expect(await balanceOf(ana)).toBe(700);
    expect(await disableBatch(database.driver, 'gcb-none')).toBe(false);
    expect((await listBatches(database.driver)).find((listed) => listed.id === batch.id)).toMatchObject({ count: 3, redeemed: 1, note: 'lost in the mail' });
  });

  it('takes no Stripe webhook in demo mode, signed or not', async () => {
    const answer = await api.request('/v1/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': 't=1,v1=00' }, body: '{}' });
    expect([answer.status, (await errorOf(answer)).code]).toEqual([404, 'not-found']);
  });

  it('refuses a body that is not a code, without a token, and a malformed one counts as a wrong guess', async () => {
    const ana = (await api.signIn()).token;
    expect((await api.request('/v1/gift-cards/redeem', { json: { code: 'X' } })).status).toBe(401);
    expect((await api.request('/v1/gift-cards/redeem', { token: ana, json: { code: 'X', coins: 5000 } })).status).toBe(400);
    expect((await api.request('/v1/gift-cards/redeem', { token: ana, json: { code: 'x'.repeat(65) } })).status).toBe(400);
    const malformed = await redeem(ana, '<script>');
    expect([malformed.status, (await errorOf(malformed)).code]).toEqual([404, 'gift-card-invalid']);
  });
  it('1,000 wrong guesses hit the rate limit: per viewer, then per address; then even a right code waits', async () => {
    const { codes } = await createBatch(database.driver, secret, { coins: 50, count: 1 });
    const guesser = (await api.signIn()).token;
    const answers: number[] = [];
    for (let i = 0; i < 1000; i++) answers.push((await redeem(guesser, `${String(i).padStart(5, '0')}-AAAAA-BBBBB-CCCCC`)).status);
    expect(answers.filter((status) => status === 404)).toHaveLength(10);
    expect(answers.filter((status) => status === 429)).toHaveLength(990);
    const waiting = await redeem(guesser, codes[0]!);
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(await balanceOf(guesser)).toBe(0);
    // Many accounts from one address: the address's budget (30 an hour) runs out too.
    const accounts = await Promise.all(Array.from({ length: 10 }, () => api.signIn()));
    let wrong = 0;
    for (const { token } of accounts) for (let i = 0; i < 10; i++) if ((await redeem(token, 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ' + i)).status === 404) wrong++;
    expect(wrong).toBe(30 - 10 - 1); // the address also made the 10 wrong guesses above and the malformed one before
  });

});

describe('the operator command', { timeout: 120_000 }, () => {
  it('gift-cards create prints the codes once; list and disable work on the same database', async () => {
    const env = { LIVEGIFT_DATA_DIR: mkdtempSync(join(tmpdir(), 'livegift-cli-')), LIVEGIFT_LOG_LEVEL: 'silent', LIVEGIFT_GIFT_CARD_SECRET: GIFT_CARD_SECRET };
    const lines: { out: string[]; err: string[] } = { out: [], err: [] };
    const io = { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
    expect(await runOperatorCommand(['gift-cards', 'create', '--coins', '500', '--count', '3', '--note', 'fair'], env, io, database)).toBe(0);
    expect(lines.out).toHaveLength(3);
    // The printed codes are the ones the server redeems.
    const redeemed = await redeemGiftCard(database.driver, 'cli-viewer', giftCardHash(secret, normalizeGiftCardCode(lines.out[0]!)!), 'UTC');
    expect(redeemed).toMatchObject({ kind: 'redeemed', coins: 500, balance: 500 });
    const batch = /Batch (gcb-\w+)/.exec(lines.err.join('\n'))![1]!;
    expect(await runOperatorCommand(['gift-cards', 'disable', '--batch', batch], env, io, database)).toBe(0);
    lines.out.length = 0;
    expect(await runOperatorCommand(['gift-cards', 'list'], env, io, database)).toBe(0);
    expect(lines.out.join('\n')).toMatch(new RegExp(`${batch}  500 coins  1/3 redeemed  disabled`));
    expect(await runOperatorCommand(['gift-cards', 'create', '--coins', 'many'], env, io, database)).toBe(2);
  });
});
