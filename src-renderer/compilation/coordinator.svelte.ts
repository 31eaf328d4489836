// The coordinator's own data on Sammanställning, as the main process keeps it: the list of
// organisations expected to report, each period's last day and the register of contact persons,
// and the changes to the list and the last days. A change the reading shown depends on is
// followed by what the compilation set (it reads again). Each action says where the focus goes
// (the README's table).
import type { RegisterContact } from '../../src-main/coordinator/contact-register.ts';
import type { CoordinatorData } from '../../src-main/coordinator/coordinator-service.ts';
import type { Deadline } from '../../src-main/coordinator/deadlines.ts';
import type { ListedOrganisation } from '../../src-main/coordinator/organisation-list.ts';
import { periodLabel, type PeriodOfYear } from '../../src-main/report/calendar.ts';
import { organisationName } from '../../src-main/report/organisation.ts';
import { formatDay } from '../../src-main/report/time-format.ts';
import { api, errorMessage } from '../shared/api.ts';
import { COMPILATION_IDS, removeFromListButtonId } from '../shared/field-ids.ts';
import { notices } from '../shared/notices.svelte.ts';
import { focusById } from '../shared/one-action.svelte.ts';
import { addedToList, deadlineRemoved, deadlineSaved, removedFromList } from './compilation-strings.ts';
import { screenAction } from './screen-action.ts';

class Coordinator {
  organisations = $state<ListedOrganisation[]>([]);
  /** Each period's last day, as set here. */
  deadlines = $state<Deadline[]>([]);
  /** The register of contact persons, in the list's order. */
  register = $state<RegisterContact[]>([]);
  #afterChange: () => Promise<void> = () => Promise.resolve();

  /** What the main process keeps now; thrown errors are the caller's to tell. */
  load = async (): Promise<void> => {
    this.took(await api['coordinator:overview']({}));
  };

  /** What the main process says is kept now: the list, the last days, the register. */
  took = (data: CoordinatorData): void => {
    this.organisations = data.organisations;
    this.deadlines = data.deadlines;
    this.register = data.register;
  };

  /** What follows a change to the list, a last day or the register (the compilation reads again where a reading is shown). */
  afterChange(then: () => Promise<void>): void {
    this.#afterChange = then;
  }

  changed = (): Promise<void> => this.#afterChange();

  /** "Sista dag" for a period, where it is set. */
  deadlineOf(period: PeriodOfYear | undefined): string | undefined {
    return period === undefined ? undefined : this.deadlines.find((deadline) => deadline.period === period.period && deadline.year === period.year)?.date;
  }

  /** "Sista dag" set (or, with null, taken away) for a period; the reading shown is read again, as it says who was late. */
  setDeadline = async (period: PeriodOfYear | undefined, date: string | null): Promise<void> => {
    if (period === undefined) return;
    const saved = await screenAction.run('deadline', async () => {
      this.took(await api['coordinator:set-deadline']({ ...period, date }));
      notices.info(date === null ? deadlineRemoved(periodLabel(period)) : deadlineSaved(periodLabel(period), formatDay(date)));
      return true;
    });
    if (saved === true) await this.changed();
  };

  /** Adds a name to the list; returns why it could not be added (said beside the field), else undefined. */
  addOrganisation = async (name: string): Promise<string | undefined> => {
    const outcome = await screenAction.run('list', async () => {
      try {
        this.organisations = (await api['coordinator:add-organisation']({ name })).organisations;
      } catch (error) {
        return { problem: errorMessage(error) };
      }
      notices.info(addedToList(organisationName(name)));
      return { problem: undefined };
    });
    if (outcome === undefined) return undefined;
    // The list decides what counts: a result read with the old list is read again.
    if (outcome.problem === undefined) await this.changed();
    return outcome.problem;
  };

  /** The focus goes to the next added organisation's "Ta bort", the one before for the last, else the name field. */
  removeOrganisation = async (name: string): Promise<void> => {
    const added = this.organisations.filter((organisation) => organisation.added);
    const index = added.findIndex((organisation) => organisation.name === name);
    const neighbour = added[index + 1] ?? added[index - 1];
    const removed = await screenAction.run('list', async () => {
      this.organisations = (await api['coordinator:remove-organisation']({ name })).organisations;
      notices.info(removedFromList(name));
      return true;
    });
    if (removed !== true) return;
    await this.changed();
    await focusById(neighbour === undefined ? COMPILATION_IDS.listName : removeFromListButtonId(neighbour.name));
  };
}

export const coordinator = new Coordinator();
