// A republish writes into the folder the last build published instead of emptying it, so that
// the thousands of unchanged pages stay where they are. What it must not leave behind is a file
// the site no longer publishes: the page of a unit that was removed or turned back into a
// draft, a photo taken out of a report. These rules decide which files go.

/** A folder's files: path (relative, with `/`) → a signature that changes when the file is written. */
export type Listing = ReadonlyMap<string, string>;

/**
 * The files that were there before the build, were not written during it and are not among
 * what it publishes: they belong to an earlier version of the site.
 */
export function staleFiles(before: Listing, after: Listing, published: (path: string) => boolean): string[] {
  const stale: string[] = [];
  for (const [path, signature] of after) {
    if (before.get(path) === signature && !published(path)) stale.push(path);
  }
  return stale.sort();
}

/**
 * Whether the folder still holds every file the last build left, each unchanged. Only then can
 * its pages be trusted to be that build's: a page edited by hand, or a folder last written by
 * another build, is emptied and published afresh. Files added since do not matter; they are
 * stale and go.
 */
export function holdsUnchanged(recorded: Listing, now: Listing): boolean {
  for (const [path, signature] of recorded) {
    if (now.get(path) !== signature) return false;
  }
  return true;
}
