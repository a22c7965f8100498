import { z } from 'zod';
import { backupOperations } from './backup-messages';
import { bridgeAdminOperations } from './bridge-admin-messages';
import { failureSchema, type Failure, type Operation, type Reply } from './operation';
import { parentalOperations } from './parental-messages';
import { settingsOperations } from './settings-messages';
import { walletOperations } from './wallet-operations';

/**
 * Every operation an extension page may ask of the background. A new operation is a request and a
 * response schema in one of these groups; the background's `Handlers` type then demands its handler.
 */
export const EXTENSION_OPERATIONS = {
  ...walletOperations,
  ...backupOperations,
  ...settingsOperations,
  ...parentalOperations,
  ...bridgeAdminOperations,
};

type Operations = typeof EXTENSION_OPERATIONS;
export type OperationName = keyof Operations;
export type RequestOf<Name extends OperationName> = z.infer<Operations[Name]['request']>;
export type ResultOf<Name extends OperationName> = z.infer<Operations[Name]['response']>;
export type ReplyOf<Name extends OperationName> = Reply<ResultOf<Name>>;

/** The envelope on the wire: a typed operation name and its payload. */
export type ExtensionRequest = { [Name in OperationName]: { type: Name; payload: RequestOf<Name> } }[OperationName];

export function isOperationName(type: unknown): type is OperationName {
  return typeof type === 'string' && Object.hasOwn(EXTENSION_OPERATIONS, type);
}

const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() }).strict();

/** Validates an incoming message. Unknown operations and malformed payloads are refused with a reason. */
export function parseExtensionRequest(message: unknown): { ok: true; request: ExtensionRequest } | Failure {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success || !isOperationName(envelope.data.type)) {
    return { ok: false, code: 'invalid-request', message: 'This is not a LiveGift extension request.' };
  }
  const operation: Operation = EXTENSION_OPERATIONS[envelope.data.type];
  const payload = operation.request.safeParse(envelope.data.payload ?? {});
  if (!payload.success) {
    return { ok: false, code: 'invalid-request', message: z.prettifyError(payload.error) };
  }
  return { ok: true, request: { type: envelope.data.type, payload: payload.data } as ExtensionRequest };
}

/** Validates what the background answered: a page trusts nothing it did not check. */
export function parseReply<Name extends OperationName>(type: Name, raw: unknown): ReplyOf<Name> {
  const failure = failureSchema.safeParse(raw);
  if (failure.success) return failure.data;
  const success = z.object({ ok: z.literal(true), value: EXTENSION_OPERATIONS[type].response }).safeParse(raw);
  if (success.success) return success.data as ReplyOf<Name>;
  return { ok: false, code: 'bad-response', message: 'The wallet answered in an unexpected format.' };
}
