import type { AppErrorCode } from '../errors/app-error.ts';

// What a job kind is: its input and output (types only; each feature declares its own map of
// them) and the lane it runs in. The mechanism knows no feature: a feature declares its job
// map and lanes beside its worker-side code, the worker's entry file gives a function for each
// kind, and the runner on the main side sends a kind and its input.

/**
 * `read`: a file from outside, which may be hostile: one at a time, under a time limit, on a
 * worker ended when the limit passes. `write`: a document the app builds from its own data:
 * no time limit, so a large document is never cut short.
 */
type Lane = 'read' | 'write';

/** One job kind's types. Inputs and outputs cross the thread by structured clone. */
interface JobTypes {
  input: unknown;
  output: unknown;
}

/**
 * A feature's job kinds by name, e.g. `{ 'render-report': { input: { report: Report }; output: Uint8Array } }`,
 * written as an interface (so the bound names the map itself).
 */
export type JobMap<Jobs> = { readonly [Kind in keyof Jobs]: JobTypes };

/** The lane of every kind in a map: a kind without one does not compile. */
export type JobLanes<Jobs extends JobMap<Jobs>> = { readonly [Kind in keyof Jobs]: Lane };

/** The worker side: a function for every kind. */
export type JobHandlers<Jobs extends JobMap<Jobs>> = {
  readonly [Kind in keyof Jobs]: (input: Jobs[Kind]['input']) => Jobs[Kind]['output'] | Promise<Jobs[Kind]['output']>;
};

/** The main side: one call for every kind. */
export interface JobRunner<Jobs extends JobMap<Jobs>> {
  run<Kind extends keyof Jobs & string>(kind: Kind, input: Jobs[Kind]['input']): Promise<Jobs[Kind]['output']>;
  close(): Promise<void>;
}

/** What goes to the worker, and what comes back. */
export interface JobMessage {
  id: number;
  kind: string;
  input: unknown;
}

export type JobReply = { id: number; ok: true; output: unknown } | { id: number; ok: false; code: AppErrorCode; message: string };
