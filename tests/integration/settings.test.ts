// "Inställningar": stored like reports, over the defaults IT deploys, checked in Swedish.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import type { SecretStore } from '../../src-main/settings/secret-store.ts';
import { SettingsService } from '../../src-main/settings/settings-service.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;
let itDefaultsPath: string;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-settings-');
  itDefaultsPath = join(folder.path, 'standardinstallningar.json');
  services = createServices({ dataFolder: join(folder.path, 'data'), documentWorkerPath: DOCUMENT_WORKER, itDefaultsPath });
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

describe('settings', () => {
  test('are saved durably with their version, readable by the user alone, and read back by a new start', async () => {
    await services.settings.save({
      receiverUrl: 'https://rapporter.stockholm.se/inlamning',
      senderKey: 'hemlig-nyckel-123',
      coordinatorEmail: 'samordnare@stockholm.se',
      contactDefaults: { contactPerson: 'Moa Almerud' },
    });
    const file = join(folder.path, 'data', 'settings.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 1, receiverUrl: 'https://rapporter.stockholm.se/inlamning' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await services.close();
    services = createServices({ dataFolder: join(folder.path, 'data'), documentWorkerPath: DOCUMENT_WORKER, itDefaultsPath });
    expect((await services.settings.get()).effective).toEqual({
      receiverUrl: 'https://rapporter.stockholm.se/inlamning',
      senderKey: 'hemlig-nyckel-123',
      coordinatorEmail: 'samordnare@stockholm.se',
      contactDefaults: { contactPerson: 'Moa Almerud' },
    });
  });

  test('without an encrypting store (the preview), the key is kept in plain text, and the screen is told where', async () => {
    const view = await services.settings.save({ senderKey: 'hemlig-nyckel-123', contactDefaults: {} });
    expect(view.senderKeyStorage).toBe(`i klartext i ${join(folder.path, 'data', 'settings.json')}`);
  });

  test('a key encrypted for another user or computer cannot be read here: the user is told to enter it again, and nothing else is lost', async () => {
    const refusing: SecretStore = {
      description: 'krypterad',
      available: async () => true,
      protect: async (secret) => Buffer.from(secret).toString('base64'),
      reveal: async () => {
        throw new Error('DPAPI: fel användare');
      },
    };
    const dataFolder = join(folder.path, 'annan');
    await new SettingsService(dataFolder, undefined, undefined, refusing).save({
      receiverUrl: 'https://rapporter.stockholm.se/inlamning',
      senderKey: 'hemlig-nyckel-123',
      contactDefaults: {},
    });
    const view = await new SettingsService(dataFolder, undefined, undefined, refusing).get();
    expect(view.effective).toEqual({ receiverUrl: 'https://rapporter.stockholm.se/inlamning', contactDefaults: {} });
    expect(view.notices).toEqual([expect.stringMatching(/^Den sparade avsändarnyckeln kunde inte läsas här .* Ange nyckeln igen under Inställningar\.$/)]);
  });

  test('what a new report starts with is read without revealing a key: the user’s over IT’s, through the same call the window makes', async () => {
    await writeFile(itDefaultsPath, JSON.stringify({ contactDefaults: { committee: 'Kulturnämnden: kulturförvaltningen', phone: '08-508 000 00' } }));
    let revealed = 0;
    const counting: SecretStore = {
      description: 'krypterad',
      available: async () => true,
      protect: async (secret) => Buffer.from(secret).toString('base64'),
      reveal: async (stored) => {
        revealed += 1;
        return Buffer.from(stored, 'base64').toString();
      },
    };
    const settings = new SettingsService(join(folder.path, 'data'), itDefaultsPath, undefined, counting);
    await settings.save({ senderKey: 'hemlig-nyckel-123', contactDefaults: { contactPerson: 'Moa Almerud' } });
    // Saving answers with the whole view, key included; from here on only the defaults are asked for.
    revealed = 0;
    expect(await settings.contactDefaults()).toEqual({ committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '08-508 000 00' });
    expect(revealed).toBe(0);
    const viaCall = await dispatch(services.handlers, 'settings:contact-defaults', {});
    // The app's services over the same data folder: the window gets the same answer.
    expect(viaCall).toEqual({ ok: true, value: { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '08-508 000 00' } });
  });

  test('IT’s defaults apply where the user has set nothing; the user’s own values win', async () => {
    await writeFile(
      itDefaultsPath,
      JSON.stringify({
        receiverUrl: 'https://it.stockholm.se/inlamning',
        coordinatorEmail: 'slk@stockholm.se',
        contactDefaults: { committee: 'Kulturnämnden: kulturförvaltningen', phone: '08-508 000 00' },
      }),
    );
    expect((await services.settings.get()).effective).toEqual({
      receiverUrl: 'https://it.stockholm.se/inlamning',
      coordinatorEmail: 'slk@stockholm.se',
      contactDefaults: { committee: 'Kulturnämnden: kulturförvaltningen', phone: '08-508 000 00' },
    });
    const view = await services.settings.save({ receiverUrl: '', coordinatorEmail: 'annan@stockholm.se', contactDefaults: { phone: '08-123 45' } });
    expect(view.effective).toMatchObject({
      receiverUrl: 'https://it.stockholm.se/inlamning',
      coordinatorEmail: 'annan@stockholm.se',
      contactDefaults: { phone: '08-123 45' },
    });
    expect(view.itDefaults.coordinatorEmail).toBe('slk@stockholm.se');
  });

  test('an IT file that cannot be read is named in a notice, and the app goes on without it', async () => {
    await writeFile(itDefaultsPath, '{ inte json');
    const view = await services.settings.get();
    expect(view.effective).toEqual({ contactDefaults: {} });
    expect(view.notices).toEqual([expect.stringMatching(/standardinstallningar.json är inte giltig JSON.*Kontakta IT/)]);
  });

  test.each([
    [{ receiverUrl: 'http://rapporter.stockholm.se/inlamning' }, /Mottagningsadress: Adressen måste börja med https:\/\//],
    [{ receiverUrl: 'rapporter' }, /Mottagningsadress: Ange en hel adress/],
    [{ coordinatorEmail: 'moa@' }, /Samordnarens e-post: "moa@" är ingen e-postadress/],
    [{ senderKey: 'har mellanslag i sig' }, /Avsändarnyckeln ska vara/],
  ])('%j is refused with a Swedish message, and nothing is saved', async (values, message) => {
    const result = await dispatch(services.handlers, 'settings:save', { settings: { contactDefaults: {}, ...values } });
    expect(result).toEqual({ ok: false, error: { name: 'AppError', code: 'invalid-request', message: expect.stringMatching(message) } });
    expect((await services.settings.get()).user).toEqual({ contactDefaults: {} });
  });

  test('plain http is allowed to this computer only', async () => {
    await expect(services.settings.save({ receiverUrl: 'http://127.0.0.1:8080/inlamning', contactDefaults: {} })).resolves.toBeDefined();
    await expect(services.settings.save({ receiverUrl: 'http://localhost/inlamning', contactDefaults: {} })).resolves.toBeDefined();
  });

  test('a new report starts with the contact defaults in its header', async () => {
    await services.settings.save({ contactDefaults: { contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' } });
    const result = await dispatch(services.handlers, 'reports:create', { committee: 'Kulturnämnden', period: 'T1', year: 2026 });
    expect(result).toMatchObject({
      ok: true,
      value: { header: { committee: 'Kulturnämnden', contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' } },
    });
  });
});
