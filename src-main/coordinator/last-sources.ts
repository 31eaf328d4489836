// The sources the coordinator read last time, offered again when Sammanställning opens, and
// how they are kept in the coordinator's file. Pure.
import { z } from 'zod';

export interface LastSources {
  folders: string[];
  /** "Mottagaren" was read too. */
  receiver: boolean;
}

/** The coordinator file's part for the last sources. */
export const lastSourcesFields = {
  folders: z.array(z.string().min(1).max(4_096)).max(20),
  receiver: z.boolean().default(false),
};
