// Ids of reports and questions. The Web Crypto API is the same in Node and in the renderer,
// so one generator serves both.

export interface IdSource {
  reportId(): string;
  questionId(): string;
}

/** 16 hex characters: unique within a report, short enough to read in a file. */
export function newQuestionId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

function newReportId(): string {
  return globalThis.crypto.randomUUID();
}

export const randomIds: IdSource = { reportId: newReportId, questionId: newQuestionId };
