/** A text field of a parsed form, trimmed; '' when absent or a file. */
export function formText(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : '';
}
