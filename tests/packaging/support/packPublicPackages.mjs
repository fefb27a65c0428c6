// The entry other suites import (a runtime matrix, the release rehearsal): pack every public package,
// then install the tarballs into a scratch project outside the workspace.
//
//   const packed = await packPublicPackages(outDir);   // [{ name, version, dir, tarball }]
//   const project = await scratchProject({ install: packed.map((pkg) => pkg.tarball) });
export { packPublicPackages } from '../../../scripts/release/packPublicPackages.mjs';
export { scratchProject } from './scratchProject.mjs';
