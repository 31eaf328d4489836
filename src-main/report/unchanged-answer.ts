// Whether an answer carried over from last period is still exactly as it was: decided on the
// text a Word document would hold (a trailing line break is no change). Pure.
import { canonicalText } from './text-blocks.ts';

export function isUnchanged(previous: string, current: string): boolean {
  return canonicalText(previous).trim() === canonicalText(current).trim();
}
