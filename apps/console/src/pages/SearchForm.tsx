/** A GET search form over a list (works without JavaScript; the query stays in the URL). */
export function SearchForm({
  action,
  search,
  label,
  hidden = {},
}: {
  action: string;
  search: string;
  label: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="get" action={action}>
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <label>
        {label} <input type="search" name="q" value={search} />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}
