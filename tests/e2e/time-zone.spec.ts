// On a computer whose clock runs in UTC, a time reads in Stockholm time on the screens, as it
// does on the command line and in the documents: one instant, one reading everywhere.
import { formatDateTime } from '../../src-main/report/time-format.ts';
import { expect, onlyReportId, readReportFile, test } from './fixtures.ts';

test.use({ timezoneId: 'UTC' });

test('"Mina rapporter" shows when a report was saved in Stockholm time, not in the computer’s zone', async ({ app, preview }) => {
  await app.list.createReport({ committee: 'Kulturnämnden', period: 'T2', year: 2026 });
  await app.editor.backToList();
  const saved = (await readReportFile(preview, await onlyReportId(preview))).updatedAt;
  const stockholm = formatDateTime(saved);
  const utc = new Date(saved).toISOString().slice(0, 16).replace('T', ' ');
  expect(stockholm).not.toBe(utc);
  await expect(app.list.row('Kulturnämnden T2 2026')).toContainText(stockholm);
});
