// The user's settings as they live on disk (<data>/settings.json), and the defaults IT may
// deploy in a file of the same shape. Every value is optional: an empty one means "use IT's
// default, if there is one".
import { z } from 'zod';
import { cleanLine } from '../report/clean-text.ts';
import { HEADER_FIELDS, type HeaderField } from '../form/vocabulary.ts';

export const SETTINGS_SCHEMA_VERSION = 1;

const value = (max: number) => z.string().max(max).transform(cleanLine).optional();

const contactDefaultsSchema = z.object({
  committee: value(2_000),
  contactPerson: value(2_000),
  phone: value(2_000),
  email: value(2_000),
}) satisfies z.ZodType<Partial<Record<HeaderField, string>>>;

const settingsValuesSchema = z.object({
  /** Where "Skicka in" sends: the city's receiver, https:// (http:// only to this computer). */
  receiverUrl: value(2_000),
  /** The sender key the coordinator gave; sent as "Authorization: Bearer …". */
  senderKey: value(500),
  /** The coordinator's key, for reading the receiver's submissions in Sammanställning. */
  coordinatorKey: value(500),
  /** Where "Skicka med e-post" addresses the message. */
  coordinatorEmail: value(320),
  /** Filled into the header of a new report. */
  contactDefaults: contactDefaultsSchema.default({}),
  /**
   * IT's only: a PEM file of CA certificates to trust for the receiver, where the city's own CA
   * is not in the computer's store (or, for the preview and the command line, not in Node's).
   */
  receiverCaFile: value(2_000),
});

export type SettingsValues = z.output<typeof settingsValuesSchema>;
export type SettingsInput = z.input<typeof settingsValuesSchema>;

/** The keys kept encrypted, where the door can encrypt: each value's field, and the field its ciphertext is stored in. */
export const SECRET_FIELDS = [
  { field: 'senderKey', stored: 'senderKeyProtected' },
  { field: 'coordinatorKey', stored: 'coordinatorKeyProtected' },
] as const;

/** The user's file: the keys are kept encrypted (…Protected) where the door can encrypt them. */
export const settingsFileSchema = settingsValuesSchema.extend({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  senderKeyProtected: z.string().max(10_000).optional(),
  coordinatorKeyProtected: z.string().max(10_000).optional(),
});

/** The user's values as they are stored. */
export type StoredSettings = SettingsValues & { senderKeyProtected?: string | undefined; coordinatorKeyProtected?: string | undefined };
/** IT's file: the same values; a version is welcome but not required of a hand-written file. */
export const itDefaultsFileSchema = settingsValuesSchema.extend({ schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).optional() });

/** What the user may set: everything but the CA file, which is IT's to name. */
export const settingsInputSchema = settingsValuesSchema.omit({ receiverCaFile: true }).strict();

const SETTINGS_KEYS = ['receiverUrl', 'senderKey', 'coordinatorKey', 'coordinatorEmail', 'receiverCaFile'] as const;

/** The user's values over IT's: an empty value falls back to the default. */
export function mergeSettings(itDefaults: SettingsValues, user: SettingsValues): SettingsValues {
  const pick = (mine: string | undefined, theirs: string | undefined): string | undefined => (mine !== undefined && mine.trim() !== '' ? mine : theirs);
  const contactDefaults: Partial<Record<HeaderField, string>> = {};
  for (const field of HEADER_FIELDS) {
    const chosen = pick(user.contactDefaults[field], itDefaults.contactDefaults[field]);
    if (chosen !== undefined) contactDefaults[field] = chosen;
  }
  const merged: SettingsValues = { contactDefaults };
  for (const key of SETTINGS_KEYS) {
    const chosen = pick(user[key], itDefaults[key]);
    if (chosen !== undefined) merged[key] = chosen;
  }
  return merged;
}
