/**
 * @typedef {object} Problem
 * @property {string} package the name of the package at fault
 * @property {string} problem what is wrong with it, in a sentence
 */

/**
 * A release check failed: `problems` names each package at fault, and so does the message, one line each.
 *
 * @example
 * throw new ReleaseCheckError('tarballs', [{ package: '@iamkit/iam', problem: 'the tarball has no LICENSE' }]);
 * // Error: release check "tarballs" failed:
 * //   @iamkit/iam: the tarball has no LICENSE
 */
export class ReleaseCheckError extends Error {
  /**
   * @param {string} check
   * @param {Problem[]} problems
   */
  constructor(check, problems) {
    const lines = problems.map(({ package: name, problem }) => `  ${name}: ${problem}`);
    super(`release check "${check}" failed:\n${lines.join('\n')}`);
    this.name = 'ReleaseCheckError';
    this.check = check;
    this.problems = problems;
  }

  /**
   * Throws when there is any problem, so a check reads `ReleaseCheckError.throwIfAny('versions', problems)`.
   * @param {string} check
   * @param {Problem[]} problems
   */
  static throwIfAny(check, problems) {
    if (problems.length > 0) throw new ReleaseCheckError(check, problems);
  }
}
