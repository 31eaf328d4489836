// Where a finding takes the user: the field it is about, with the caret on the leftover marker
// (selected) when there is one.
import type { FindingPlace } from '../../src-main/report/review.ts';
import { addQuestionButtonId, answerFieldId, focusAreaChoiceId, headerFieldId, OTHER_INFORMATION_ID, questionFieldId } from '../shared/field-ids.ts';

function targetId(place: FindingPlace): string {
  switch (place.kind) {
    case 'header':
      return headerFieldId(place.field);
    case 'focus-areas':
      return focusAreaChoiceId(1);
    case 'focus-area':
      return addQuestionButtonId(place.areaNumber);
    case 'question':
      return questionFieldId(place.questionId);
    case 'answer':
      return answerFieldId(place.questionId);
    case 'other-information':
      return OTHER_INFORMATION_ID;
  }
}

/** Moves the focus to the finding's field; returns false if the field is not on screen. */
export function focusFinding(place: FindingPlace): boolean {
  const element = document.getElementById(targetId(place));
  if (element === null) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus();
  const range = 'range' in place ? place.range : undefined;
  if (range && (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) element.setSelectionRange(range.start, range.end);
  return true;
}
