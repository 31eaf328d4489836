// How long the main event loop was held: a 1 ms timer ticks while the work runs, and the
// longest gap between two ticks is the longest time nothing else (the window's calls, a save)
// could have run.
export async function longestLoopBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 1);
  await work();
  tick();
  clearInterval(timer);
  return longest;
}
