// "Granska": everything in a report worth a look before it is sent, in Swedish, each naming its
// place so the editor can take the user there. The editor's side panel, the review before
// sending and `npm run cli -- check` all show this one list. Pure.
import { isUnchanged } from './unchanged-answer.ts';
import { isFilled } from './empty-text.ts';
import { focusAreaHeading, formTemplate } from '../form/template.ts';
import { HEADER_FIELDS, type FocusAreaNumber, type HeaderField } from '../form/vocabulary.ts';
import type { Report } from './model.ts';
import { questionNumber } from './questions.ts';
import { isEmailAddress } from './settings-rules.ts';

/**
 * - `blocks-sending`: the city could not tell who sent the report (committee, contact person
 *   or e-mail is empty); it cannot be sent until this is fixed.
 * - `fix`: something to fix before sending; the user may send anyway after confirming.
 * - `warning`: worth a look, nothing more.
 * None of them ever stops saving or exporting.
 */
export type FindingSeverity = 'blocks-sending' | 'fix' | 'warning';

/** Where a finding is, down to the characters of a marker left in a text. */
export type FindingPlace =
  | { kind: 'header'; field: HeaderField; range?: TextRange }
  | { kind: 'focus-areas' }
  | { kind: 'focus-area'; areaNumber: FocusAreaNumber }
  | { kind: 'question'; areaNumber: FocusAreaNumber; questionId: string; range?: TextRange }
  | { kind: 'answer'; areaNumber: FocusAreaNumber; questionId: string; range?: TextRange }
  | { kind: 'other-information'; range?: TextRange };

export interface TextRange {
  start: number;
  end: number;
}

/**
 * What is wrong: left empty, carried over and not yet looked at, a marker left in a text, not
 * valid, or (only worth a look) heavy language (language-review.ts) or an answer carried over
 * and kept exactly as it was.
 */
type FindingKind = 'empty' | 'not-reviewed' | 'marker' | 'invalid' | 'language' | 'unchanged';

export interface Finding {
  severity: FindingSeverity;
  kind: FindingKind;
  place: FindingPlace;
  message: string;
}

/** Header fields without which the city cannot tell who sent the report. */
const SENDER_FIELDS: ReadonlySet<HeaderField> = new Set(['committee', 'contactPerson', 'email']);

/** Marks drafts leave behind, each with how it is named in a finding. */
const MARKERS: readonly { pattern: RegExp; describe: (found: string) => string }[] = [
  // The template's placeholder inside a longer text (a whole-field placeholder is simply empty).
  { pattern: /klicka\s+här\s+för\s+att\s+ange\s+text\.?/giu, describe: () => 'mallens text "Klicka här för att ange text."' },
  // A lone x, X or xx standing for a number not yet known: "Av dessa har x haft premiär".
  { pattern: /(?<![\p{L}\p{N}\-–])(?:x|X|xx|XX)(?![\p{L}\p{N}\-–])/gu, describe: (found) => `"${found}" där ett tal ska stå` },
  { pattern: /(?<!\p{L})TBD(?!\p{L})/giu, describe: (found) => `"${found}"` },
  { pattern: /\?{3,}/gu, describe: (found) => `"${found}"` },
  // An ellipsis standing alone on a line: text still to be written.
  { pattern: /^[ \t]*(?:…|\.\.\.)[ \t]*$/gmu, describe: () => '"…" i stället för text' },
];

interface FoundMarker {
  range: TextRange;
  description: string;
}

/** Every marker in a text, in the order they stand; where two patterns match the same characters, the first found counts. */
function allMarkers(text: string): FoundMarker[] {
  const found: FoundMarker[] = [];
  for (const marker of MARKERS) {
    for (const match of text.matchAll(marker.pattern)) {
      const trimmed = match[0].trim();
      const start = match.index + match[0].indexOf(trimmed);
      found.push({ range: { start, end: start + trimmed.length }, description: marker.describe(trimmed) });
    }
  }
  found.sort((a, b) => a.range.start - b.range.start);
  return found.filter((marker, index) => index === 0 || marker.range.start >= (found[index - 1]?.range.end ?? 0));
}

/**
 * One finding per marker, each taking the user to its own place. Where a text holds more than
 * one, each says which it is ("2 av 7"), so two alike ("x" twice) are still told apart.
 */
function markerFindings(text: string, place: (range: TextRange) => FindingPlace, subject: string): Finding[] {
  const markers = allMarkers(text);
  return markers.map((marker, index) => ({
    severity: 'fix',
    kind: 'marker',
    place: place(marker.range),
    message: `${subject} innehåller ${marker.description}${markers.length > 1 ? ` (${index + 1} av ${markers.length})` : ''}.`,
  }));
}

function headerFindings(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const field of HEADER_FIELDS) {
    const value = report.header[field];
    const label = formTemplate.labels[field];
    if (!isFilled(value)) {
      if (SENDER_FIELDS.has(field)) {
        findings.push({
          severity: 'blocks-sending',
          kind: 'empty',
          place: { kind: 'header', field },
          message: `${label} är tomt – staden måste veta vem rapporten är från.`,
        });
      } else {
        findings.push({ severity: 'warning', kind: 'empty', place: { kind: 'header', field }, message: `${label} är tomt.` });
      }
      continue;
    }
    if (field === 'email' && !isEmailAddress(value)) {
      findings.push({ severity: 'fix', kind: 'invalid', place: { kind: 'header', field }, message: `${label}: "${value.trim()}" är ingen e-postadress.` });
      continue;
    }
    findings.push(...markerFindings(value, (range) => ({ kind: 'header', field, range }), label));
  }
  return findings;
}

function bodyFindings(report: Report): Finding[] {
  const findings: Finding[] = [];
  if (report.focusAreas.length === 0) {
    findings.push({ severity: 'fix', kind: 'empty', place: { kind: 'focus-areas' }, message: 'Inget fokusområde är valt. Välj minst ett.' });
  }
  for (const area of report.focusAreas) {
    if (area.questions.length === 0) {
      findings.push({
        severity: 'fix',
        kind: 'empty',
        place: { kind: 'focus-area', areaNumber: area.number },
        message: `${focusAreaHeading(area.number)}: lägg till en fråga.`,
      });
    }
    area.questions.forEach((question, index) => {
      const number = questionNumber(area.number, index);
      const where = { areaNumber: area.number, questionId: question.id };
      if (!isFilled(question.text)) {
        findings.push({ severity: 'fix', kind: 'empty', place: { kind: 'question', ...where }, message: `Fråga ${number}: frågetexten är tom.` });
      } else if (question.textChange && !question.textChange.reviewed) {
        findings.push({
          severity: 'fix',
          kind: 'not-reviewed',
          place: { kind: 'question', ...where },
          message: `Fråga ${number}: årtalet i frågan är ändrat och ännu inte granskat.`,
        });
      } else {
        findings.push(...markerFindings(question.text, (range) => ({ kind: 'question', ...where, range }), `Fråga ${number}`));
      }
      if (!isFilled(question.answer)) {
        findings.push({ severity: 'fix', kind: 'empty', place: { kind: 'answer', ...where }, message: `Svar på fråga ${number} saknas.` });
        return;
      }
      if (question.carriedOver && !question.carriedOver.reviewed) {
        findings.push({
          severity: 'fix',
          kind: 'not-reviewed',
          place: { kind: 'answer', ...where },
          message: `Svar på fråga ${number} är från ${question.carriedOver.from} och ännu inte granskat.`,
        });
      } else if (question.carriedOver && isUnchanged(question.carriedOver.previousAnswer, question.answer)) {
        // Kept as it was: fine when nothing happened, but worth a look before it is sent again.
        findings.push({
          severity: 'warning',
          kind: 'unchanged',
          place: { kind: 'answer', ...where },
          message: `Svaret på fråga ${number} är detsamma som i ${question.carriedOver.from}.`,
        });
      }
      findings.push(...markerFindings(question.answer, (range) => ({ kind: 'answer', ...where, range }), `Svar på fråga ${number}`));
    });
  }
  findings.push(...markerFindings(report.otherInformation, (range) => ({ kind: 'other-information', range }), formTemplate.labels.otherInformation));
  return findings;
}

/** Every finding, in the form's order. */
export function reviewReport(report: Report): Finding[] {
  return [...headerFindings(report), ...bodyFindings(report)];
}

/** Findings to fix (or confirm) before sending, in the form's order: the first lines of "Kvar att fylla i". */
export function findingsToFix(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== 'warning');
}

/** Findings only worth a look ("Att kontrollera"), listed after those to fix. */
export function findingsToCheck(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'warning');
}

/** What stops sending: the sender cannot be told. */
export function blocksSending(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'blocks-sending');
}

/** Anything the user should fix (or confirm) before sending; warnings are not. */
export function needsAttention(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity !== 'warning');
}
