import type { PoolSummary } from '../../aws/cognitoPools.js';

/** The connection's user pools. */
export function PoolsPage({ pools }: { pools: PoolSummary[] }) {
  if (pools.length === 0) return <p class="muted">No user pools in this region.</p>;
  return (
    <table data-testid="pools">
      <thead>
        <tr>
          <th>Pool</th>
          <th>Id</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {pools.map((pool) => (
          <tr>
            <td>
              <a href={`/cognito/pools/${encodeURIComponent(pool.Id ?? '')}`}>{pool.Name}</a>
            </td>
            <td>
              <code>{pool.Id}</code>
            </td>
            <td>{pool.CreationDate?.toISOString().slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
