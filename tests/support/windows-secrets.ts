// The sender key kept as the app keeps it on a Windows laptop, where Electron's safeStorage
// encrypts it for the Windows user (DPAPI). Electron cannot run here: this stand-in encrypts
// with AES-256-GCM under a key that lives as long as the process, and names itself as the
// settings screen names DPAPI, so the user guide's pictures show what a Windows user sees.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SAFE_STORAGE_DESCRIPTIONS, type SecretStore } from '../../src-main/settings/secret-store.ts';

export function windowsSecretsStandIn(): SecretStore {
  const key = randomBytes(32);
  return {
    description: SAFE_STORAGE_DESCRIPTIONS.win32 ?? '',
    available: async () => true,
    protect: async (secret) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    reveal: async (stored) => {
      const bytes = Buffer.from(stored, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
