// The names of the calls in the contract, as plain data: the preload needs only these, and
// must not bundle the schemas (each feature's, in its <feature>-calls.ts). contract.ts proves
// the two lists are the same.
export const CHANNELS = [
  'reports:list',
  'reports:open',
  'reports:create',
  'question-sets:list',
  'reports:save',
  'reports:duplicate',
  'reports:carry-over',
  'reports:trash',
  'trash:list',
  'trash:restore',
  'export:docx',
  'export:prepare',
  'export:open',
  'export:reveal',
  'drafts:export',
  'import:inspect',
  'import:create',
  'settings:get',
  'settings:contact-defaults',
  'settings:save',
  'settings:test-connection',
  'outbox:submit',
  'outbox:list',
  'outbox:retry',
  'outbox:retry-all',
  'outbox:withdraw',
  'email:compose',
  'coordinator:overview',
  'coordinator:add-organisation',
  'coordinator:remove-organisation',
  'coordinator:set-deadline',
  'coordinator:save-contact',
  'coordinator:keep-contact',
  'coordinator:import-contacts',
  'coordinator:export-contacts',
  'compile:sources',
  'compile:choose-folder',
  'compile:scan',
  'compile:export',
  'compile:reminder',
  'compile:export-status',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export const FLUSH_REQUEST_CHANNEL = 'app:flush-request';
export const FLUSH_DONE_CHANNEL = 'app:flush-done';
