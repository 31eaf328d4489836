// One action at a time on a screen (read, export, save a contact …): which one runs, so that
// its button can say so and the others wait; a failure is told in a notice that takes the focus.
import { tick } from 'svelte';
import { errorMessage } from './api.ts';
import { notices } from './notices.svelte.ts';

export class OneAction<Name extends string> {
  busy = $state<Name | null>(null);

  /** The work's result; undefined when it failed or another action was running. */
  run = async <T>(name: Name, work: () => Promise<T>): Promise<T | undefined> => {
    if (this.busy !== null) return undefined;
    this.busy = name;
    try {
      return await work();
    } catch (error) {
      await notices.focus(notices.error(errorMessage(error)));
      return undefined;
    } finally {
      this.busy = null;
    }
  };
}

/** Moves the focus to an element once the screen shows what just changed. */
export async function focusById(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
