import { z } from 'zod';
import type { KeyValueStore } from '../platform/key-value-store';

const WATCHED_KEY = 'bridge.watchedApprovals';
/** Requests kept at most (each lapses after 24 hours anyway): a page cannot fill storage. */
const WATCHED_KEPT = 100;

const watchedSchema = z.object({
  approvalId: z.string().min(1).max(200),
  origin: z.string().min(1).max(2048),
  /** The page's own key for the gift (never the wallet's site-scoped one). */
  idempotencyKey: z.string().min(1).max(80),
  /** The tabs that asked: kept in storage, so the answer reaches them after a worker restart. */
  tabIds: z.array(z.number().int()).max(20),
});
export type WatchedApproval = z.infer<typeof watchedSchema>;

/**
 * The approval requests a site's gift raised, until a parent answers: then the site's tabs are told
 * (Ask to Buy), without the page polling or the viewer reloading.
 */
export class WatchedApprovals {
  constructor(private readonly store: KeyValueStore) {}

  async list(): Promise<WatchedApproval[]> {
    const parsed = z.array(watchedSchema).safeParse((await this.store.get(WATCHED_KEY)) ?? []);
    return parsed.success ? parsed.data : [];
  }

  async watch(entry: WatchedApproval): Promise<void> {
    const all = await this.list();
    const same = all.find((known) => known.approvalId === entry.approvalId && known.origin === entry.origin);
    const tabIds = [...new Set([...(same?.tabIds ?? []), ...entry.tabIds])].slice(-20);
    const others = all.filter((known) => known !== same);
    await this.store.set(WATCHED_KEY, [...others, { ...entry, tabIds }].slice(-WATCHED_KEPT));
  }

  async forget(approvalIds: ReadonlySet<string>): Promise<void> {
    const all = await this.list();
    const left = all.filter((known) => !approvalIds.has(known.approvalId));
    if (left.length !== all.length) await this.store.set(WATCHED_KEY, left);
  }
}
