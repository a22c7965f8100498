import { z } from 'zod';
import { defineOperation } from './operation';

/** A site the viewer connected to the wallet through the bridge. */
export const connectedSiteViewSchema = z.object({ origin: z.string().min(1).max(2048), connectedAt: z.number().int() });
export type ConnectedSiteView = z.infer<typeof connectedSiteViewSchema>;

export const connectedSitesViewSchema = z.object({
  /** Gifts from this many coins up are confirmed in an extension window. */
  confirmAtCoins: z.number().int().positive(),
  sites: z.array(connectedSiteViewSchema),
});
export type ConnectedSitesView = z.infer<typeof connectedSitesViewSchema>;

/** The extension's own pages manage the wallet bridge: the consent window's answer, connected sites, the confirmation threshold. */
export const bridgeAdminOperations = {
  /** The consent window's answer; refused with `unknown-consent` when no question waits under this id (any more). */
  'bridge/consent-answer': defineOperation(z.object({ requestId: z.string().min(1).max(64), approved: z.boolean() }), z.object({})),
  'bridge/sites-list': defineOperation(z.object({}), connectedSitesViewSchema),
  /** Disconnects a site; its open tabs hear of it. */
  'bridge/sites-disconnect': defineOperation(z.object({ origin: z.string().min(1).max(2048) }), z.object({})),
  'bridge/set-confirm-threshold': defineOperation(z.object({ coins: z.number().int().min(1).max(1_000_000_000) }), z.object({})),
};
