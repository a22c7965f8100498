// The creator dashboard's part of the gift server's API: request and response bodies as zod schemas.
import { z } from 'zod';
import { partyIdSchema } from '../ledger/accounts';

const displayNameSchema = z.string().trim().min(1).max(40);

/** A signed-in creator: `id` is the creator id gifts name (`creator` of a gift), `name` the display name. */
export const creatorSchema = z.object({ id: partyIdSchema, name: displayNameSchema });
export type Creator = z.infer<typeof creatorSchema>;

// ---- POST /v1/demo/creator-session (demo mode only) -------------------------------------------

export const demoCreatorSessionRequestSchema = z.object({ name: displayNameSchema }).strict();
export type DemoCreatorSessionRequest = z.infer<typeof demoCreatorSessionRequestSchema>;
/** `token` is a creator JWT (`role: "creator"`) to send as `Authorization: Bearer <token>`. */
export const demoCreatorSessionResponseSchema = z.object({ token: z.string().min(1), creator: creatorSchema });
export type DemoCreatorSessionResponse = z.infer<typeof demoCreatorSessionResponseSchema>;
