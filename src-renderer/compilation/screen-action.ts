// Sammanställning's one action at a time, shared by the reading of the sources and the changes
// to the coordinator's list and last days: while one runs, the others' buttons wait.
import { OneAction } from '../shared/one-action.svelte.ts';

export type ScreenAction = 'scan' | 'export' | 'reminder' | 'status' | 'list' | 'deadline';

export const screenAction = new OneAction<ScreenAction>();
