import { afterEach, describe, expect, test } from 'vitest';
import { notices } from '../shared/notices.svelte.ts';
import { coordinator } from './coordinator.svelte.ts';
import { contactRegister } from './contact-register.svelte.ts';

afterEach(() => {
  notices.items = [];
});

describe('the register of contact persons', () => {
  test('"Ändra" then "Spara kontakten": the contact is kept and read back from the main process', async () => {
    await coordinator.load();
    await contactRegister.edit('Kulturnämnden');
    expect(contactRegister.editing).toEqual({ organisation: 'Kulturnämnden', contactPerson: '', email: '', phone: '' });
    if (contactRegister.editing) Object.assign(contactRegister.editing, { contactPerson: 'Moa Almerud', email: 'moa.almerud@stockholm.se' });
    await contactRegister.save();
    expect(contactRegister.editing).toBeNull();
    expect(notices.items.some((notice) => notice.message.includes('Kulturnämnden'))).toBe(true);
    await coordinator.load();
    expect(contactRegister.contactOf('Kulturnämnden')).toMatchObject({ contactPerson: 'Moa Almerud', email: 'moa.almerud@stockholm.se' });
  });

  test('an address that is not one is not saved: the row stays open and says why, in Swedish', async () => {
    await coordinator.load();
    await contactRegister.edit('Idrottsnämnden');
    if (contactRegister.editing) Object.assign(contactRegister.editing, { contactPerson: 'Ola Berg', email: 'ola.berg' });
    await contactRegister.save();
    expect(contactRegister.editing?.organisation).toBe('Idrottsnämnden');
    expect(contactRegister.problem).toMatch(/e-postadress/);
    await contactRegister.cancel();
    expect(contactRegister.contactOf('Idrottsnämnden').contactPerson).toBe('');
  });
});
