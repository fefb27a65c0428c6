import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { PageContext } from '../web/pageContext.js';
import { Csrf } from './Csrf.js';
import { styles } from './styles.js';

const NAV: [string, string][] = [
  ['/iam/users', 'Users'],
  ['/iam/groups', 'Groups'],
  ['/iam/roles', 'Roles'],
  ['/iam/policies', 'Policies'],
  ['/cognito/pools', 'User pools'],
  ['/signin', 'Sign-in'],
  ['/connections', 'Connections'],
];

/** The frame of every page: the target, navigation, the connection switcher and the one-time message. */
export function Layout({ page, children }: { page: PageContext; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title} · iamkit console`}</title>
        <style>{raw(styles)}</style>
      </head>
      <body>
        <header>
          <strong>iamkit console</strong>
          <span class="target" data-testid="target">
            {page.target}
          </span>
          <form method="post" action="/connections/use" class="switcher">
            <Csrf token={page.csrfToken} />
            <input type="hidden" name="back" value={page.path} />
            <label>
              Connection{' '}
              <select name="id">
                {page.connections.map((connection) => (
                  <option value={connection.id} selected={connection.id === page.activeConnectionId}>
                    {connection.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Use</button>
          </form>
        </header>
        <nav>
          {NAV.map(([href, label]) => (
            <a href={href} aria-current={page.path.startsWith(href) ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <main>
          <h1>{page.title}</h1>
          {page.flash && (
            <p class={`flash ${page.flash.kind}`} role="status">
              {page.flash.text}
            </p>
          )}
          {children}
        </main>
      </body>
    </html>
  );
}
