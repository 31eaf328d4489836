// A rename or delete held for a moment (an antivirus, the search indexer) is tried again
// briefly; on Windows EPERM and EACCES are such holds, elsewhere they are real answers.
import { expect, test } from 'vitest';
import { isTransientHold, retryTransient } from '../../src-main/files/retry-transient.ts';

function failing(code: string, times: number): { operation: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    operation: async () => {
      calls += 1;
      if (calls <= times) throw Object.assign(new Error(`${code}: held`), { code });
      return 'klar';
    },
    calls: () => calls,
  };
}

test.each(['EPERM', 'EBUSY', 'EACCES'])('on Windows, %s twice and then through: it succeeds on the third try', async (code) => {
  const held = failing(code, 2);
  expect(await retryTransient(held.operation, 'win32')).toBe('klar');
  expect(held.calls()).toBe(3);
});

test('elsewhere EPERM and EACCES are real and fail at once; EBUSY is a hold everywhere', async () => {
  for (const code of ['EPERM', 'EACCES']) {
    const denied = failing(code, 1);
    await expect(retryTransient(denied.operation, 'linux')).rejects.toMatchObject({ code });
    expect(denied.calls()).toBe(1);
  }
  expect(await retryTransient(failing('EBUSY', 1).operation, 'linux')).toBe('klar');
  expect(isTransientHold(Object.assign(new Error(), { code: 'ENOENT' }), 'win32')).toBe(false);
});

test('a hold that does not pass within its tries is reported as it is', async () => {
  const stuck = failing('EBUSY', 100);
  await expect(retryTransient(stuck.operation, 'win32', [1, 1, 1])).rejects.toMatchObject({ code: 'EBUSY' });
  expect(stuck.calls()).toBe(4);
});
