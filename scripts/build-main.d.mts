export function buildMainProcess(): Promise<void>;
