/** A link to the next page of a list, keeping the other query parameters. */
export function Pager({
  path,
  query,
  name,
  next,
}: {
  path: string;
  query: Record<string, string>;
  name: string;
  next: string | undefined;
}) {
  if (next === undefined) return <p class="pager muted">End of the list.</p>;
  const params = new URLSearchParams({ ...query, [name]: next });
  return (
    <p class="pager">
      <a href={`${path}?${params}`} rel="next">
        Next page →
      </a>
    </p>
  );
}
