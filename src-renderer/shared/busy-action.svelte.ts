// An action the user started (create, import, export): its buttons are disabled while it
// runs, and a failure is told in a notice, in Swedish. A disabled button loses the keyboard
// focus to the page, so once the action is over the focus is put back where it was: on a
// failure's notice, or on the button itself when nothing else has taken the focus meanwhile.
import { tick } from 'svelte';
import { errorMessage } from './api.ts';
import { notices } from './notices.svelte.ts';

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

export class BusyAction {
  busy = $state(false);

  run = async (action: () => Promise<void>): Promise<void> => {
    const pressed = document.activeElement;
    let failure: number | undefined;
    this.busy = true;
    try {
      await action();
    } catch (error) {
      failure = notices.error(errorMessage(error));
    } finally {
      this.busy = false;
    }
    await tick();
    if (!focusIsLost()) return;
    if (failure !== undefined) await notices.focus(failure);
    else if (pressed instanceof HTMLElement && pressed.isConnected) pressed.focus();
  };
}
