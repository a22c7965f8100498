import { z } from 'zod';
import { receiptRecordSchema } from '../history/history-records';
import { approvalRequestSchema } from '../limits/approval-request';
import { rechargeRecordSchema } from '../recharge/recharge-record';

/** A named setting (the limit policy, the time zone…); its value is checked by its owner's schema on read. */
export const settingRecordSchema = z.object({ id: z.string().min(1), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecordSchema>;

/** Schemas of the document tables: every stored record passes one before it is used. */
export const STORED_DOCUMENT_SCHEMAS = {
  recharges: rechargeRecordSchema,
  approvals: approvalRequestSchema,
  receipts: receiptRecordSchema,
  settings: settingRecordSchema,
} as const;

/** Document tables whose records have a `state`, indexed for "all pending …" queries. */
export const STATE_INDEXED_TABLES: ReadonlySet<string> = new Set(['recharges', 'approvals']);

export type StoredDocuments = { [T in keyof typeof STORED_DOCUMENT_SCHEMAS]: z.infer<(typeof STORED_DOCUMENT_SCHEMAS)[T]> };
