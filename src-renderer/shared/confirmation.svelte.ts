// The app's own question before an action that cannot be undone: a dialog with Swedish
// buttons that keeps the focus inside, cancels on Escape, and returns the focus to where it
// was. The browser's confirm() reads "OK" and "Cancel" in Electron and cannot be styled.
interface ConfirmationRequest {
  heading: string;
  message: string;
  /** The button that does it, named by what it does ("Ta bort fokusområdet"). */
  confirmLabel: string;
  answer: (confirmed: boolean) => void;
}

class Confirmation {
  // Raw, not a deep proxy: each request is replaced whole, and must stay itself to be compared.
  request = $state.raw<ConfirmationRequest | null>(null);

  /** Shows the question; resolves true when the user confirms, false on "Avbryt" or Escape. */
  ask = (question: { heading: string; message: string; confirmLabel: string }): Promise<boolean> => {
    this.request?.answer(false);
    return new Promise((resolve) => {
      let answered = false;
      const request: ConfirmationRequest = {
        ...question,
        // A question is answered once; a late answer to it leaves the next question alone.
        answer: (confirmed) => {
          if (answered) return;
          answered = true;
          if (this.request === request) this.request = null;
          resolve(confirmed);
        },
      };
      this.request = request;
    });
  };
}

export const confirmation = new Confirmation();
