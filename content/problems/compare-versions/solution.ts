const NUMBER = /^(0|[1-9][0-9]*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const NUMERIC = /^[0-9]+$/;

type Order = -1 | 0 | 1;

interface Version {
  core: [number, number, number];
  prerelease: string[];
}

/** -1, 0 or 1 by semantic-versioning precedence, or null if either version is malformed. */
export function compareVersions(a: string, b: string): Order | null {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (left === null || right === null) return null;

  for (let i = 0; i < 3; i++) {
    const order = sign((left.core[i] ?? 0) - (right.core[i] ?? 0));
    if (order !== 0) return order;
  }
  // A release ranks above any of its pre-releases.
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return sign(right.prerelease.length - left.prerelease.length);
  }
  const shared = Math.min(left.prerelease.length, right.prerelease.length);
  for (let i = 0; i < shared; i++) {
    const order = compareIdentifiers(left.prerelease[i] ?? "", right.prerelease[i] ?? "");
    if (order !== 0) return order;
  }
  return sign(left.prerelease.length - right.prerelease.length);
}

function parseVersion(text: string): Version | null {
  // The core never contains "-" or "+", so the first of each starts the next part. Identifiers
  // after the first "-" may contain more hyphens.
  const [withoutBuild = "", build, ...extraPlus] = text.split("+");
  if (extraPlus.length > 0) return null;
  if (build !== undefined && !build.split(".").every((id) => IDENTIFIER.test(id))) return null;

  const dash = withoutBuild.indexOf("-");
  const coreText = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const prerelease = dash === -1 ? [] : withoutBuild.slice(dash + 1).split(".");

  const parts = coreText.split(".");
  if (parts.length > 3 || !parts.every((part) => NUMBER.test(part))) return null;
  const validIdentifier = (id: string): boolean =>
    IDENTIFIER.test(id) && (!NUMERIC.test(id) || NUMBER.test(id));
  if (!prerelease.every(validIdentifier)) return null;

  const [major = 0, minor = 0, patch = 0] = parts.map(Number);
  return { core: [major, minor, patch], prerelease };
}

function compareIdentifiers(x: string, y: string): Order {
  const xNumeric = NUMERIC.test(x);
  const yNumeric = NUMERIC.test(y);
  if (xNumeric && yNumeric) return sign(Number(x) - Number(y));
  if (xNumeric !== yNumeric) return xNumeric ? -1 : 1; // numeric identifiers rank lower
  if (x === y) return 0;
  return x < y ? -1 : 1; // ASCII order, not locale order
}

function sign(n: number): Order {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
