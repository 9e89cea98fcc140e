// A read within one element of the live page finds that element's copy in a clone of the page
// by the child positions that lead to it: the copy is the same tree, so the same path.

/** Child positions leading from `root` down to `el`, one of its descendants. */
export function pathFrom(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let at: Element = el; at !== root && at.parentElement; at = at.parentElement) {
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  return path;
}

/** The element `path` leads to from `root`, in a copy of the tree `path` was taken from. */
export function follow(root: Element, path: number[]): Element | null {
  let el: Element | undefined = root;
  for (const i of path) el = el?.children[i];
  return el && el !== root ? el : null;
}
