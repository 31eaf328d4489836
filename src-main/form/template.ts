// The city's Word template's fixed texts: the title, the introduction, the header's labels, the
// headings and the description, and the content controls' placeholder. Pure data, shared by
// the main process and the renderer so that labels cannot drift between them.
import template from '../../resources/form/template.json' with { type: 'json' };
import { focusAreaTitle, type FocusAreaNumber } from './vocabulary.ts';

export const formTemplate: typeof template = template;

/** "3. Attraktivare miljöer och en bättre framkomlighet": how a focus area is headed everywhere. */
export function focusAreaHeading(number: FocusAreaNumber): string {
  return `${number}. ${focusAreaTitle(number)}`;
}

/** Replaces the template's "{year}" slot with the report's budget year. */
export function withYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year));
}
