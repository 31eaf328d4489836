// "Skicka in" and "Skicka med e-post" from the editor. Before sending, the review is shown;
// the user may send anyway after confirming, except when the city could not tell who sent
// the report. Pending edits are saved first, so what is sent is what is on screen. The outcome's
// notice takes the focus (the button pressed is disabled meanwhile, or its dialog gone).
import { blocksSending, needsAttention, type Finding } from '../../src-main/report/review.ts';
import { api, errorCode, errorMessage } from '../shared/api.ts';
import { emailComposed, emailNotOpened, queuedForSending } from './sending-strings.ts';
import { text } from '../shared/strings.ts';
import { BusyAction } from '../shared/busy-action.svelte.ts';
import { notices } from '../shared/notices.svelte.ts';
import { outbox } from './outbox.svelte.ts';

/** What sending needs of the open report: its pending edits saved, and its review as of now (null without a report). */
interface DraftSource {
  flush(): Promise<void>;
  review(): Finding[] | null;
}

class Sending {
  /** The review shown before sending; null while the dialog is closed. */
  review = $state<Finding[] | null>(null);
  /** The city already holds this content: why, naming its receipt, while the dialog asks whether to send it again. */
  alreadySent = $state<string | null>(null);
  readonly #action = new BusyAction();

  get busy(): boolean {
    return this.#action.busy;
  }

  get blocked(): boolean {
    return this.review !== null && blocksSending(this.review);
  }

  get needsConfirming(): boolean {
    return this.review !== null && needsAttention(this.review);
  }

  /** The editor hands over its pending edits and its review; sending knows no more of it. */
  openReview = (draft: DraftSource): Promise<void> =>
    this.#action.run(async () => {
      await draft.flush();
      this.review = draft.review();
    });

  closeReview = (): void => {
    this.review = null;
    this.alreadySent = null;
  };

  /** `sendAgain`: the user has read that the city holds this content already, and sends it all the same. */
  submit = (reportId: string, sendAgain = false): Promise<void> =>
    this.#action.run(async () => {
      let queued;
      try {
        queued = await api['outbox:submit']({ id: reportId, sendDespiteFindings: this.needsConfirming, sendAgain });
      } catch (error) {
        if (errorCode(error) !== 'already-sent') throw error;
        this.alreadySent = errorMessage(error);
        return;
      }
      this.review = null;
      this.alreadySent = null;
      await notices.focus(notices.info(queuedForSending(queued.version)));
      await outbox.load();
    });

  email = (reportId: string, draft: Pick<DraftSource, 'flush'>): Promise<void> =>
    this.#action.run(async () => {
      await draft.flush();
      const composed = await api['email:compose']({ id: reportId });
      composed.notices.forEach(notices.error);
      if (composed.opened) {
        await notices.focus(notices.info(text.emailOpened));
        return;
      }
      const open = { label: text.openMailProgram, run: () => void window.open(composed.mailto, '_blank') };
      const message = composed.problem === undefined ? emailComposed(composed.emlPath) : emailNotOpened(composed.problem, composed.documentPath);
      await notices.focus(notices.info(message, [open]));
    });
}

export const sending = new Sending();
