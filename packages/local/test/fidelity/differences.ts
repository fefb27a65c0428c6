/** One step of the scenario: its normalised output or its error code. */
export interface StepResult {
  readonly op: string;
  readonly ok?: unknown;
  readonly error?: string;
  readonly status?: number;
}

/** The paths (`Users[0].Tags`) where two normalised values differ: missing on one side, or unequal. */
export function differences(a: unknown, b: unknown, path = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path];
    return a.flatMap((item, i) => differences(item, b[i], `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) =>
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

/** `<step> <path>` for every difference between two runs of the scenario, step by step. */
export const scenarioDifferences = (ours: readonly StepResult[], theirs: readonly StepResult[]): string[] =>
  ours.flatMap((step, i) => {
    const other = theirs[i];
    if (!other || other.op !== step.op) return [`${step.op} <step missing>`];
    if (step.error !== undefined || other.error !== undefined) {
      return step.error === other.error && step.status === other.status ? [] : [`${step.op} <error>`];
    }
    return differences(step.ok, other.ok).map((path) => `${step.op} ${path}`);
  });
