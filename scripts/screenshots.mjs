// `npm run screenshots`: the user guide's walks (tests/e2e/user-guide.spec.ts) run once more and
// keep their pictures in docs/bilder/, where the guide and the README show them.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['playwright', 'test', 'tests/e2e/user-guide.spec.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, SAVE_GUIDE_PICTURES: '1' },
});
process.exit(result.status ?? 1);
