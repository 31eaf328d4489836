// receipt.json, written inside each stored version: what was received, when, from whom, and
// the hashes that make a retry recognisable. It lives in the same folder as the parts, so the
// one rename that makes a version visible also records its idempotency key.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { receiptNumberSchema } from '../protocol/submission-protocol.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const receiptFileSchema = z.object({
  schemaVersion: z.literal(1),
  receipt: receiptNumberSchema,
  receivedAt: z.iso.datetime(),
  organisation: z.string().min(1),
  reportId: z.string(),
  committee: z.string(),
  period: periodSchema,
  year: yearSchema,
  idempotencyKeyHash: sha256Hex,
  contentHash: sha256Hex,
  route: z.literal('inlamning'),
});

export type ReceiptFile = z.output<typeof receiptFileSchema>;

/** The receipt's text, in the protocol's form ("2026-T2-000042"). */
export function receiptText(year: number, period: string, number: number): string {
  return `${year}-${period}-${String(number).padStart(6, '0')}`;
}

export function idempotencyKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * SHA-256 over the SHA-256 of each part, report first: the same two parts always give the
 * same hash, and bytes cannot move from one part to the other unnoticed.
 */
export function contentHash(reportSha256: Uint8Array, documentSha256: Uint8Array): string {
  return createHash('sha256').update(reportSha256).update(documentSha256).digest('hex');
}
