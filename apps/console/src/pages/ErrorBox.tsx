import type { ReadableError } from '../aws/describeError.js';

/** A failed call, as a sentence. */
export function ErrorBox({ error }: { error: ReadableError }) {
  return (
    <div class="error-box" role="alert">
      <strong>{error.title}</strong>
      <div>{error.detail}</div>
    </div>
  );
}
