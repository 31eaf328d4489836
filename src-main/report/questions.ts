// How questions are numbered and counted, the same on screen, in the Word export and in the
// import preview. Pure.

/** "1.2": the focus area's policy number, then the question's place under it. */
export function questionNumber(areaNumber: number, index: number): string {
  return `${areaNumber}.${index + 1}`;
}

export function countQuestions(focusAreas: readonly { questions: readonly unknown[] }[]): number {
  return focusAreas.reduce((sum, area) => sum + area.questions.length, 0);
}
