// Inställningar's calls, and what Ny rapport reads of them.
import { z } from 'zod';
import { call, noInput, type CallHandlers } from '../calls/call-spec.ts';
import { settingsInputSchema, type SettingsValues } from './settings-model.ts';
import type { SettingsService, SettingsView } from './settings-service.ts';

export const settingsCalls = {
  'settings:get': call<SettingsView>()(noInput),
  'settings:contact-defaults': call<SettingsValues['contactDefaults']>()(noInput),
  'settings:save': call<SettingsView>()(z.object({ settings: settingsInputSchema }).strict()),
} as const;

/** `afterSave`: what a change of settings sets going (the waiting versions tried again). */
export function settingsHandlers(settings: SettingsService, afterSave: () => Promise<void>): CallHandlers<typeof settingsCalls> {
  return {
    'settings:get': () => settings.get(),
    'settings:contact-defaults': () => settings.contactDefaults(),
    'settings:save': async ({ settings: values }) => {
      const saved = await settings.save(values);
      await afterSave();
      return saved;
    },
  };
}
