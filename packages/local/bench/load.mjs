// Request loops at a fixed concurrency: each of `concurrency` workers sends requests back to back
// for `seconds`; returns requests per second and the share that failed.
export async function load(send, { concurrency = 16, seconds = 5 } = {}) {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        if (!(await send())) failed += 1;
      } catch {
        failed += 1;
      }
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { rps: done / elapsed, failed, done };
}
