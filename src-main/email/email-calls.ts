// "Skicka med e-post".
import { byReportId, call, type CallHandlers } from '../calls/call-spec.ts';
import type { ComposedEmail, EmailService } from './email-service.ts';

export const emailCalls = {
  'email:compose': call<ComposedEmail>()(byReportId),
} as const;

export function emailHandlers(email: EmailService): CallHandlers<typeof emailCalls> {
  return {
    'email:compose': ({ id }) => email.compose(id),
  };
}
