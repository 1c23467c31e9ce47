/**
 * Cases that watch the whole workspace's state cannot share a server: another case's change would
 * look like a leak. So the big matrices run in lanes, each with an API process of its own, and
 * the lanes run side by side (modest concurrency with exact per-case snapshots).
 */
export const LANES = 2;

/** Deals `items` to `lanes` in turn and runs each lane's share in order, the lanes concurrently. */
export async function runInLanes<L, T>(lanes: readonly L[], items: readonly T[], run: (lane: L, item: T) => Promise<void>): Promise<void> {
  await Promise.all(
    lanes.map(async (lane, index) => {
      for (const item of items.filter((_, i) => i % lanes.length === index)) await run(lane, item);
    }),
  );
}
