import type { Context } from 'hono';
import { z } from 'zod';
import { ApiFailure } from './api-failure';

/** The request's JSON body through a schema: malformed JSON and wrong shapes are 400 with what is wrong. */
export async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ApiFailure(400, 'invalid-request', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure(400, 'invalid-request', z.prettifyError(parsed.error));
  return parsed.data;
}
