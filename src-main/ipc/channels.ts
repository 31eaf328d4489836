// The names of the calls in the contract, as plain data: the preload needs only these, and
// must not bundle the schemas. contract.ts proves the two lists are the same.
export const CHANNELS = [
  'reports:list',
  'reports:open',
  'reports:create',
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
  'compile:overview',
  'compile:add-organisation',
  'compile:remove-organisation',
  'compile:choose-folder',
  'compile:scan',
  'compile:export',
  'compile:reminder',
  'compile:export-status',
  'compile:set-deadline',
  'contacts:save',
  'contacts:keep',
  'contacts:import',
  'contacts:export',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

export const FLUSH_REQUEST_CHANNEL = 'app:flush-request';
export const FLUSH_DONE_CHANNEL = 'app:flush-done';
