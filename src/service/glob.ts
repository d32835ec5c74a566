/**
 * A small glob matcher for `mechlens.exclude` where no editor applies it (the Node server walking a
 * folder for editors other than VS Code): `**`, `*`, `?` and `{a,b}`, matched against a path relative
 * to the workspace folder. Linear: the pattern becomes a regular expression without nested quantifiers.
 */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  const pattern = glob.trim();
  if (!pattern) return () => false;
  let source = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      source += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      source += ')';
      depth--;
    } else if (c === ',' && depth > 0) source += '|';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  source += ')'.repeat(depth);
  const re = new RegExp(`^(?:${source})$`);
  // A pattern without a slash matches a name at any depth, as editors' exclude settings do.
  const anyDepth = !pattern.includes('/');
  return (relativePath) => re.test(relativePath) || (anyDepth && re.test(relativePath.slice(relativePath.lastIndexOf('/') + 1)));
}
