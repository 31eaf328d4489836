// The sender key kept with Electron's safeStorage: DPAPI on Windows (readable only by the same
// Windows user), the Keychain on macOS, the desktop's keyring on Linux. safeStorage may be
// used only once the app is ready, and settings are read earlier: each call waits for it.
import { app, safeStorage } from 'electron';
import type { SecretStore } from '../settings/secret-store.ts';

const DESCRIPTIONS: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'krypterad med ditt Windows-konto, så att bara du på den här datorn kan läsa den',
  darwin: 'krypterad i macOS nyckelring',
};

export function safeStorageSecrets(): SecretStore {
  return {
    description: DESCRIPTIONS[process.platform] ?? 'krypterad med systemets nyckelring',
    async available() {
      await app.whenReady();
      return safeStorage.isEncryptionAvailable();
    },
    async protect(secret) {
      await app.whenReady();
      return safeStorage.encryptString(secret).toString('base64');
    },
    async reveal(stored) {
      await app.whenReady();
      return safeStorage.decryptString(Buffer.from(stored, 'base64'));
    },
  };
}
