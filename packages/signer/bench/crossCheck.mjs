// Before anything is timed, every signer signs every workload once at the fixed date and the
// results must agree: byte-identical Authorization headers for header signing, and for presigned
// URLs the same origin and path, the same X-Amz-Signature and the same decoded query parameters
// (peers serialise the query differently: aws4fetch writes a space as '+' and '~' as %7E through
// URLSearchParams; both decode to the same request). A benchmark of signers that disagree would
// compare different work, so any mismatch stops the run.

/** @param {string} url */
function presignedParts(url) {
  const parsed = new URL(url);
  const entries = [...parsed.searchParams].map(([k, v]) => `${k}=${v}`).sort();
  return {
    base: `${parsed.origin}${parsed.pathname}`,
    signature: parsed.searchParams.get('X-Amz-Signature'),
    query: entries.join('\n'),
  };
}

/**
 * @param {import('./workloads.mjs').Workload} workload
 * @param {{ name: string, value: { authorization?: string, url?: string } }[]} results  first is the reference
 * @returns {{ ok: boolean, lines: string[], signature: string }}
 */
export function crossCheck(workload, results) {
  const [reference, ...others] = results;
  const lines = [];
  let ok = true;
  if (workload.kind === 'presign') {
    const want = presignedParts(reference.value.url ?? '');
    for (const { name, value } of others) {
      const got = presignedParts(value.url ?? '');
      for (const part of /** @type {const} */ (['base', 'signature', 'query'])) {
        if (got[part] !== want[part]) {
          ok = false;
          lines.push(`(${workload.id}) ${name} presigned URL ${part} differs from ${reference.name}:`);
          lines.push(`    ${reference.name}: ${want[part]}`, `    ${name}: ${got[part]}`);
        }
      }
    }
    return { ok, lines, signature: want.signature ?? '' };
  }
  const want = reference.value.authorization;
  for (const { name, value } of others) {
    if (value.authorization !== want) {
      ok = false;
      lines.push(`(${workload.id}) ${name} Authorization differs from ${reference.name}:`);
      lines.push(`    ${reference.name}: ${want}`, `    ${name}: ${value.authorization}`);
    }
  }
  const signature = /Signature=([0-9a-f]{64})$/.exec(want ?? '')?.[1] ?? '';
  if (!signature) {
    ok = false;
    lines.push(`(${workload.id}) ${reference.name} returned no usable Authorization: ${want}`);
  }
  return { ok, lines, signature };
}
