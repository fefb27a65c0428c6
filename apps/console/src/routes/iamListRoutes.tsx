import { Hono } from 'hono';
import { listGroupsPage, listPoliciesPage, listRolesPage } from '../aws/iamLists.js';
import { prettyJson } from '../aws/prettyJson.js';
import { EntityTable } from '../pages/iam/EntityTable.js';
import type { AppDeps } from '../web/AppDeps.js';
import type { AppEnv } from '../web/AppEnv.js';
import { pageContext } from '../web/pageContext.js';
import { renderPage } from '../web/renderPage.js';

/** IAM groups, roles and managed policies: searchable, a page at a time. */
export function iamListRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/groups', (c) => {
    const search = c.req.query('q') ?? '';
    return renderPage(c, pageContext(c, deps, 'IAM groups'), async () => (
      <EntityTable
        path="/iam/groups"
        page={await listGroupsPage(c.get('connection'), { search, marker: c.req.query('marker') })}
        search={search}
        columns={['Group', 'Created', 'ARN']}
        row={(group) => [group.GroupName, group.CreateDate.toISOString().slice(0, 10), group.Arn]}
      />
    ));
  });

  app.get('/roles', (c) => {
    const search = c.req.query('q') ?? '';
    return renderPage(c, pageContext(c, deps, 'IAM roles'), async () => (
      <EntityTable
        path="/iam/roles"
        page={await listRolesPage(c.get('connection'), { search, marker: c.req.query('marker') })}
        search={search}
        columns={['Role', 'Description', 'Trust policy']}
        row={(role) => [
          role.RoleName,
          role.Description ?? '',
          <pre>{prettyJson(role.AssumeRolePolicyDocument)}</pre>,
        ]}
      />
    ));
  });

  app.get('/policies', (c) => {
    const search = c.req.query('q') ?? '';
    const scope = c.req.query('scope') === 'All' ? 'All' : 'Local';
    return renderPage(c, pageContext(c, deps, 'Managed policies'), async () => (
      <>
        <p>
          {scope === 'Local' ? (
            <a href="/iam/policies?scope=All">Include AWS managed policies</a>
          ) : (
            <a href="/iam/policies">Only this account's</a>
          )}
        </p>
        <EntityTable
          path="/iam/policies"
          extra={{ scope }}
          page={await listPoliciesPage(c.get('connection'), { search, scope, marker: c.req.query('marker') })}
          search={search}
          columns={['Policy', 'Attachments', 'ARN']}
          row={(policy) => [policy.PolicyName ?? '', String(policy.AttachmentCount ?? 0), policy.Arn ?? '']}
        />
      </>
    ));
  });

  return app;
}
