/** A form field's error, next to the field. */
export function FieldError({ message, id }: { message: string | undefined; id: string }) {
  return message === undefined ? null : (
    <span class="field-error" id={id} role="alert">
      {message}
    </span>
  );
}
