import { type IamShapes, listGroups, listPolicies, listRoles, listUsers } from '@iamkit/iam';
import type { Connection } from '../connections/Connection.js';
import { iamClientFor } from './iamClientFor.js';

type Shapes = IamShapes['schemas'];
export type IamUser = Shapes['User'];
export type IamGroup = Shapes['Group'];
export type IamRole = Shapes['Role'];
export type IamPolicy = Shapes['Policy'];

/** Which page of a list: AWS's `Marker`, and a search over names. */
export interface ListQuery {
  marker?: string | undefined;
  /** Case-insensitive part of the name. IAM cannot search, so this reads every page (up to {@link SEARCH_LIMIT}). */
  search?: string | undefined;
  pageSize?: number | undefined;
}

export interface Page<T> {
  items: T[];
  /** Where the next page starts; absent on the last. */
  nextMarker: string | undefined;
  /** A search stopped after {@link SEARCH_LIMIT} entities without reading them all. */
  truncatedSearch: boolean;
}

/** How many entities a search reads at most. */
export const SEARCH_LIMIT = 2000;
const DEFAULT_PAGE_SIZE = 10;

interface Listing<T> {
  items: T[];
  marker: string | undefined;
}
type Lister<T> = (marker: string | undefined, pageSize: number) => Promise<Listing<T>>;

async function pageOf<T>(list: Lister<T>, nameOf: (item: T) => string, query: ListQuery): Promise<Page<T>> {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const search = query.search?.trim().toLowerCase();
  if (!search) {
    const { items, marker } = await list(query.marker, pageSize);
    return { items, nextMarker: marker, truncatedSearch: false };
  }
  const found: T[] = [];
  let marker: string | undefined;
  let read = 0;
  do {
    const listing = await list(marker, 100);
    read += listing.items.length;
    found.push(...listing.items.filter((item) => nameOf(item).toLowerCase().includes(search)));
    marker = listing.marker;
  } while (marker !== undefined && read < SEARCH_LIMIT);
  return { items: found, nextMarker: undefined, truncatedSearch: marker !== undefined };
}

const next = (output: { IsTruncated?: boolean; Marker?: string }) =>
  output.IsTruncated ? output.Marker : undefined;
const paging = (marker: string | undefined, pageSize: number) =>
  marker === undefined ? { MaxItems: pageSize } : { MaxItems: pageSize, Marker: marker };

/** IAM users, a page at a time or searched by name. */
export function listUsersPage(connection: Connection, query: ListQuery): Promise<Page<IamUser>> {
  const client = iamClientFor(connection);
  return pageOf(
    async (marker, size) => {
      const output = await listUsers(client, paging(marker, size));
      return { items: output.Users, marker: next(output) };
    },
    (user) => user.UserName,
    query,
  );
}

/** IAM groups. */
export function listGroupsPage(connection: Connection, query: ListQuery): Promise<Page<IamGroup>> {
  const client = iamClientFor(connection);
  return pageOf(
    async (marker, size) => {
      const output = await listGroups(client, paging(marker, size));
      return { items: output.Groups, marker: next(output) };
    },
    (group) => group.GroupName,
    query,
  );
}

/** IAM roles. */
export function listRolesPage(connection: Connection, query: ListQuery): Promise<Page<IamRole>> {
  const client = iamClientFor(connection);
  return pageOf(
    async (marker, size) => {
      const output = await listRoles(client, paging(marker, size));
      return { items: output.Roles, marker: next(output) };
    },
    (role) => role.RoleName,
    query,
  );
}

/** Managed policies: the account's own (`Local`) or AWS's too (`All`). */
export function listPoliciesPage(
  connection: Connection,
  query: ListQuery & { scope: 'Local' | 'All' },
): Promise<Page<IamPolicy>> {
  const client = iamClientFor(connection);
  return pageOf(
    async (marker, size) => {
      const output = await listPolicies(client, { ...paging(marker, size), Scope: query.scope });
      return { items: output.Policies ?? [], marker: next(output) };
    },
    (policy) => policy.PolicyName ?? '',
    query,
  );
}
