// Key-press latency: from the key event's own timestamp to the first moment after the next
// frame is painted (a requestAnimationFrame, then a message that runs after the paint).
import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './measure.ts';

const WARM_UP_KEYS = 30;
const MEASURED_KEYS = 200;

export interface KeystrokeRun {
  median: number;
  p95: number;
  /** Each measured keystroke, so runs can be pooled. */
  samples: number[];
}

export type KeystrokeTarget = { kind: 'app'; url: string } | { kind: 'bare textarea'; text: string };

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { keySamples: number[] }).keySamples = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

export async function measureKeystrokes(browser: Browser, target: KeystrokeTarget): Promise<KeystrokeRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (target.kind === 'app') {
    await page.goto(target.url);
    await page.waitForFunction(() => document.querySelectorAll('textarea.answer').length >= 100);
    await page.getByLabel('Svar på fråga 1.1', { exact: true }).click();
  } else {
    await page.setContent('<textarea aria-label="peer" style="width: 800px; height: 600px"></textarea>');
    await page.getByLabel('peer').fill(target.text);
    await page.getByLabel('peer').click();
  }
  await page.keyboard.press('End');
  await installProbe(page);
  for (let index = 0; index < WARM_UP_KEYS; index += 1) await page.keyboard.press('a');
  await page.waitForTimeout(100);
  await page.evaluate(() => (window as unknown as { keySamples: number[] }).keySamples.splice(0));
  for (let index = 0; index < MEASURED_KEYS; index += 1) await page.keyboard.press(index % 10 === 9 ? 'Space' : 'a');
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => (window as unknown as { keySamples: number[] }).keySamples);
  await page.close();
  return { median: median(samples), p95: percentile(samples, 0.95), samples };
}
