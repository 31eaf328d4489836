// The submission protocol between the app's outbox and the city's receiver, said once and
// used by both ends: the address, the two parts of the multipart body, the headers, and the
// JSON answers (a receipt, a refusal in Swedish, or the address saying it is there).
import { z } from 'zod';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { PERIOD_IDS } from '../form/vocabulary.ts';

/** Where submissions go, on the receiver's host. */
export const SUBMISSION_PATH = '/inlamning';

/** GET with the sender key: which organisation the key belongs to ("Testa anslutningen"). */
export const SENDER_PATH = `${SUBMISSION_PATH}/avsandare`;

/**
 * For the coordinator, with a coordinator key: the versions stored for a period
 * (`?ar=2026&period=T2`), and each version's two parts at `<list>/<receipt>/rapport` and
 * `<list>/<receipt>/dokument`.
 */
export const VERSIONS_PATH = '/inlamningar';

/** The list's address beside a submission address (…/inlamning → …/inlamningar). */
export function versionsUrl(submissionUrl: string, period: { period: string; year: number }): string {
  const url = new URL(submissionUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/inlamning$/, '')}${VERSIONS_PATH}`;
  url.search = new URLSearchParams({ ar: String(period.year), period: period.period }).toString();
  return url.toString();
}

/** A stored version's part (`rapport` or `dokument`) beside the list. */
export function versionPartUrl(submissionUrl: string, receipt: string, part: 'rapport' | 'dokument'): string {
  const url = new URL(submissionUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/inlamning$/, '')}${VERSIONS_PATH}/${encodeURIComponent(receipt)}/${part}`;
  url.search = '';
  return url.toString();
}

/** The sender check's address beside a submission address, whatever path the city serves it under. */
export function senderCheckUrl(submissionUrl: string): string {
  const url = new URL(submissionUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/avsandare`;
  url.search = '';
  return url.toString();
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The whole request, both parts and their envelope, may not be larger than this. */
export const MAX_SUBMISSION_BYTES = 20 * 1024 * 1024;

/** The two parts of a submission, exactly one of each: the report file and its Word document. */
export const PARTS = {
  report: { contentType: 'application/json', fileName: 'report.json' },
  document: { contentType: DOCX_TYPE },
} as const;

export type PartName = keyof typeof PARTS;

export const PART_NAMES = Object.keys(PARTS) as PartName[];

export function isPartName(name: string): name is PartName {
  return Object.hasOwn(PARTS, name);
}

/** Header names as Node gives them (lower case). */
export const HEADERS = {
  /** The same key for every try of one version (IETF draft "The Idempotency-Key HTTP Header Field"). */
  idempotencyKey: 'idempotency-key',
  /** "Bearer <sender key>". */
  authorization: 'authorization',
  retryAfter: 'retry-after',
} as const;

/** Visible ASCII only, no spaces (a repeated header, which Node joins with ", ", fails). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,200}$/);

// RFC 6750's b64token, which every key made by add-sender (base64url) is.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function bearerHeader(senderKey: string): string {
  return `Bearer ${senderKey}`;
}

/** The sender key in an Authorization header, or undefined when there is none or it is not a bearer key. */
export function bearerKeyOf(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

/** "2026-T2-000042": the year and period the report is for, and the receiver's own number. */
export const receiptNumberSchema = z.string().regex(new RegExp(`^\\d{4}-(${PERIOD_IDS.join('|')})-\\d{6,}$`));

/** 201 (stored now) or 200 (stored before, with this key): the receipt. */
export const receiptAnswerSchema = z.object({ receipt: receiptNumberSchema, receivedAt: z.iso.datetime() });

/** Every refusal: one Swedish sentence that the app shows the user as it is. */
export const refusalAnswerSchema = z.object({ error: z.string().min(1).max(2_000) });

export type ReceiptAnswer = z.output<typeof receiptAnswerSchema>;
export type RefusalAnswer = z.output<typeof refusalAnswerSchema>;
/** The sender check's answer: the key's organisation, or none asked for (a receiver on a closed network). */
export const senderAnswerSchema = z.union([
  z.object({ keysRequired: z.literal(true), organisation: z.string().min(1).max(2_000) }),
  z.object({ keysRequired: z.literal(false) }),
]);

export type SenderAnswer = z.output<typeof senderAnswerSchema>;

/** GET on the submission address: it is there. */
export interface StatusAnswer {
  status: 'ok';
}

/** At most this many versions in one list: more than a period ever has. */
export const MAX_LISTED_VERSIONS = 10_000;

const storedVersionSchema = z.object({
  receipt: receiptNumberSchema,
  receivedAt: z.iso.datetime(),
  organisation: z.string().min(1).max(200),
  committee: z.string().max(2_000),
  reportId: z.string().max(200),
  period: periodSchema,
  year: z.number().int(),
  reportBytes: z.number().int().nonnegative(),
  documentBytes: z.number().int().nonnegative(),
});

export const versionListSchema = z.object({ versions: z.array(storedVersionSchema).max(MAX_LISTED_VERSIONS) });

export type StoredVersionAnswer = z.output<typeof storedVersionSchema>;
export type VersionListAnswer = z.output<typeof versionListSchema>;
