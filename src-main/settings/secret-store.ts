// Where a secret setting (the sender key) is kept. In the app it is encrypted with the
// operating system's own protection for the user (Electron's safeStorage: DPAPI on Windows,
// the Keychain on macOS), so settings.json never holds it in plain text; the preview and the
// command line have no such store, and say that they keep it in plain text.

/** How the settings screen names Electron's safeStorage on each system. */
export const SAFE_STORAGE_DESCRIPTIONS: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'krypterad med ditt Windows-konto, så att bara du på den här datorn kan läsa den',
  darwin: 'krypterad i macOS nyckelring',
};

export interface SecretStore {
  /** Where the secret is kept, for the settings screen: "krypterad med ditt Windows-konto". */
  readonly description: string;
  available(): Promise<boolean>;
  protect(secret: string): Promise<string>;
  /** Throws when the stored secret cannot be read here (another user or computer). */
  reveal(stored: string): Promise<string>;
}
