/** One conformance check: what it should give and what it gave, both as plain JSON values. */
export interface Check {
  id: string;
  expected: unknown;
  actual: unknown;
}

/** What a check's run threw, reduced to what compares across runtimes (no stack, no host paths). */
export interface Thrown {
  thrown: string;
  message: string;
}

/**
 * Runs one check: `run` computes the actual value; a throw becomes the actual value, so one broken
 * check is reported as such and the ones after it still run.
 */
export async function check(
  id: string,
  expected: unknown,
  run: () => Promise<unknown> | unknown,
): Promise<Check> {
  try {
    return { id, expected, actual: await run() };
  } catch (error) {
    const thrown: Thrown = {
      thrown: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message : String(error),
    };
    return { id, expected, actual: thrown };
  }
}

/** Whether a check passed: the same JSON on both sides. */
export function passed(c: Check): boolean {
  return JSON.stringify(c.actual) === JSON.stringify(c.expected);
}
