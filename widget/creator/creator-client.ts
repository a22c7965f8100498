import { z } from 'zod';
import {
  creatorStreamsSchema,
  creatorSummarySchema,
  earningsResponseSchema,
  payoutListSchema,
  payoutViewSchema,
} from '@core/messages';
import { apiErrorSchema, catalogResponseSchema, streamGoalSchema, type StreamGoal } from '@core/messages/gift-server-api';
import type { CreatorSession } from './session';

/** A refusal from the gift server, with its code for the words and its message for the details. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(body);
    throw error.success ? new ApiRefusal(response.status, error.data.error.code, error.data.error.message) : new ApiRefusal(response.status, 'internal', `HTTP ${response.status}`);
  }
  return schema.parse(body);
}

const post = (json: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(json) });

/** The dashboard's calls, each answer checked by the API's own schema. */
export function creatorClient(session: CreatorSession) {
  const call = <T>(path: string, schema: z.ZodType<T>, init?: RequestInit) => session.authorizedFetch(path, init).then((response) => answer(response, schema));
  const period = (days: number) => `days=${days}&timeZone=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}`;
  return {
    /** The gifts' names and icons (public), to name gift types. */
    catalog: () => fetch('/v1/catalog').then((response) => answer(response, catalogResponseSchema)).then((catalog) => catalog.gifts),
    summary: () => call('/v1/creator/summary', creatorSummarySchema),
    earnings: (days: number) => call(`/v1/creator/earnings?${period(days)}`, earningsResponseSchema),
    /** The CSV text of the period's gifts. */
    async earningsCsv(days: number): Promise<string> {
      const response = await session.authorizedFetch(`/v1/creator/earnings.csv?${period(days)}`);
      if (!response.ok) await answer(response, z.unknown());
      return response.text();
    },
    payouts: () => call('/v1/creator/payouts', payoutListSchema).then((list) => list.payouts),
    requestPayout: (idempotencyKey: string, diamonds: number) => call('/v1/creator/payouts', payoutViewSchema, post({ idempotencyKey, diamonds })),
    streams: () => call('/v1/creator/streams', creatorStreamsSchema).then((list) => list.streams),
    setGoal: (stream: string, goal: StreamGoal | null) =>
      call(`/v1/creator/streams/${encodeURIComponent(stream)}/goal`, z.object({ id: z.string(), goal: streamGoalSchema.nullable() }), post({ goal })),
  };
}
export type CreatorClient = ReturnType<typeof creatorClient>;
