// How a feature declares the calls the window may make of it, beside its service: each call's
// name, the schema its input must pass in the main process and the type of its result, and the
// functions that answer them. ipc/contract.ts merges every feature's calls into the one
// contract, and ipc/handlers.ts their answers; a new call touches its feature's calls and the
// contract's list of names.
import { z } from 'zod';
import { reportIdSchema } from '../report/model.ts';

export interface CallSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Never set: carries the result type. */
  output?: Output;
}

export function call<Output>() {
  return <Input extends z.ZodType>(input: Input): CallSpec<Input, Output> => ({ input });
}

type Calls = Record<string, CallSpec<z.ZodType, unknown>>;

export type CallResult<Spec> = Spec extends CallSpec<z.ZodType, infer Output> ? Output : never;

/** What answers a feature's calls: each is given the input its schema has checked. */
export type CallHandlers<C extends Calls> = { [Name in keyof C]: (input: z.output<C[Name]['input']>) => Promise<CallResult<C[Name]>> };

export const noInput = z.object({}).strict();
export const byReportId = z.object({ id: reportIdSchema }).strict();
/** The name a copy of a report is given in the list. */
export const copyName = z.string().max(200);

/** A file the user picked, as its name and bytes: 50 MB as base64, with room to spare; the size itself is checked in main. */
export const uploadedFile = z
  .object({
    fileName: z.string().max(1_000),
    dataBase64: z
      .string()
      .max(72_000_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();

/** The bytes of an uploaded file. */
export function uploadedBytes({ dataBase64 }: z.output<typeof uploadedFile>): Buffer {
  return Buffer.from(dataBase64, 'base64');
}

/** For a call that answers nothing but that it is done. */
export async function done(action: Promise<unknown>): Promise<null> {
  await action;
  return null;
}
