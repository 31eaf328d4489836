// The sender key kept with Electron's safeStorage: DPAPI on Windows (readable only by the same
// Windows user), the Keychain on macOS, the desktop's keyring on Linux. safeStorage may be
// used only once the app is ready, and settings are read earlier: each call waits for it.
import { app, safeStorage } from 'electron';
import { SAFE_STORAGE_DESCRIPTIONS, type SecretStore } from '../settings/secret-store.ts';

export function safeStorageSecrets(): SecretStore {
  return {
    description: SAFE_STORAGE_DESCRIPTIONS[process.platform] ?? 'krypterad med systemets nyckelring',
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
