import { z } from 'zod';
import { apiErrorSchema } from '@core/messages/gift-server-api';

/** JSON Schema of a zod schema, as a request (input) reads it. */
export const schema = (type: z.ZodType) => z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' });
export const json = (type: z.ZodType) => ({ 'application/json': { schema: schema(type) } });
export const error = (description: string) => ({ description, content: json(apiErrorSchema) });
