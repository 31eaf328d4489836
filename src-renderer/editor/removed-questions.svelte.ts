// A removed question can be put back: in its place, the form shows "Fråga 1.2 är borttagen"
// with "Ångra", for as long as that note is shown (until it is closed or the report is left).
// Asking first would stop the user each time; undoing costs nothing and loses nothing.
import type { Question } from '../../src-main/report/model.ts';
import { editor } from './editor.svelte.ts';

export interface RemovedQuestion {
  id: number;
  areaNumber: number;
  /** The question's number when it was removed ("1.2"), as the note names it. */
  number: string;
  question: Question;
  /** The question it stood after; undefined when it was the first of its area. */
  afterId: string | undefined;
}

class RemovedQuestions {
  items = $state<RemovedQuestion[]>([]);
  #nextId = 1;

  /** Removes the question and keeps it for "Ångra"; returns the note's entry. */
  remove = (areaNumber: number, questionId: string, number: string): RemovedQuestion | undefined => {
    const removed = editor.removeQuestion(areaNumber, questionId);
    if (!removed) return undefined;
    // Notes that stood after this question now stand after the one before it.
    for (const item of this.items) if (item.afterId === questionId) item.afterId = removed.afterId;
    const entry = { id: this.#nextId++, areaNumber, number, ...removed };
    this.items.push(entry);
    return entry;
  };

  /** "Ångra": the question back in its place; returns its id, undefined when its focus area is no longer chosen. */
  restore = (id: number): string | undefined => {
    const entry = this.items.find((item) => item.id === id);
    if (!entry || !editor.insertQuestion(entry.areaNumber, entry.question, entry.afterId)) return undefined;
    this.dismiss(id);
    return entry.question.id;
  };

  dismiss = (id: number): void => {
    this.items = this.items.filter((item) => item.id !== id);
  };

  /** The notes shown after the given question of an area (undefined: before its first). */
  after = (areaNumber: number, questionId: string | undefined): RemovedQuestion[] =>
    this.items.filter((item) => item.areaNumber === areaNumber && item.afterId === questionId);

  /** Leaving the report, or its focus area: nothing of it can be put back any more. */
  forget = (areaNumber?: number): void => {
    this.items = areaNumber === undefined ? [] : this.items.filter((item) => item.areaNumber !== areaNumber);
  };
}

export const removedQuestions = new RemovedQuestions();
