// An action the user started (create, import, export): its buttons are disabled while it
// runs, and a failure is told in a notice, in Swedish.
import { errorMessage } from '../lib/api.ts';
import { notices } from './notices.svelte.ts';

export class BusyAction {
  busy = $state(false);

  run = async (action: () => Promise<void>): Promise<void> => {
    this.busy = true;
    try {
      await action();
    } catch (error) {
      notices.error(errorMessage(error));
    } finally {
      this.busy = false;
    }
  };
}
