import type { ZodType } from 'zod';
import {
  creatorOverlayResponseSchema,
  OVERLAY_PATHS,
  overlayGiftersResponseSchema,
  overlayUrlResponseSchema,
  testAlertResponseSchema,
  type CreatorOverlayResponse,
  type OverlayGiftersResponse,
  type OverlayUrlResponse,
} from '@core/messages';
import type { AlertSettings } from '@core/overlay';
import type { CreatorSession } from '../session';


/** A refusal from the server, with its message for the creator. */
export class OverlayRefusal extends Error {
  override readonly name = 'OverlayRefusal';
}

async function parsed<T>(response: Response, schema: ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new OverlayRefusal(typeof message === 'string' ? message : `HTTP ${response.status}`);
  }
  return schema.parse(body);
}

/** The creator's overlay endpoints, responses checked by their schemas. */
export function overlaySettingsClient(session: Pick<CreatorSession, 'authorizedFetch'>) {
  const post = (path: string, body?: unknown) => session.authorizedFetch(path, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return {
    state: async (): Promise<CreatorOverlayResponse> => parsed(await session.authorizedFetch(OVERLAY_PATHS.creatorOverlay), creatorOverlayResponseSchema),
    makeUrl: async (): Promise<OverlayUrlResponse> => parsed(await post(OVERLAY_PATHS.creatorOverlayUrl), overlayUrlResponseSchema),
    saveSettings: async (settings: AlertSettings): Promise<CreatorOverlayResponse> => parsed(await post(OVERLAY_PATHS.creatorOverlaySettings, settings), creatorOverlayResponseSchema),
    gifters: async (): Promise<OverlayGiftersResponse> => parsed(await session.authorizedFetch(OVERLAY_PATHS.creatorOverlayGifters), overlayGiftersResponseSchema),
    setHidden: async (viewerKey: string, hidden: boolean): Promise<CreatorOverlayResponse> =>
      parsed(await post(OVERLAY_PATHS.creatorOverlayHidden, { viewerKey, hidden }), creatorOverlayResponseSchema),
    testAlert: async (giftId: string) => parsed(await post(OVERLAY_PATHS.creatorOverlayTestAlert, { giftId }), testAlertResponseSchema),
  };
}
