import type { Child } from 'hono/jsx';
import type { Page } from '../../aws/iamLists.js';
import { Pager } from '../Pager.js';
import { SearchForm } from '../SearchForm.js';

/** A searchable, paginated list of IAM groups, roles or policies. */
export function EntityTable<T>({
  path,
  page,
  search,
  columns,
  row,
  extra = {},
}: {
  path: string;
  page: Page<T>;
  search: string;
  columns: string[];
  row: (item: T) => Child[];
  extra?: Record<string, string>;
}) {
  return (
    <>
      <SearchForm action={path} search={search} label="Search by name" hidden={extra} />
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.items.map((item) => (
            <tr>
              {row(item).map((cell) => (
                <td>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {page.truncatedSearch && <p class="muted">The search stopped after 2,000 entries; narrow it down.</p>}
      <Pager
        path={path}
        query={{ ...extra, ...(search ? { q: search } : {}) }}
        name="marker"
        next={page.nextMarker}
      />
    </>
  );
}
