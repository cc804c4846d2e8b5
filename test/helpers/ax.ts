import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of the browser's accessibility tree, as the a11ySnapshot command returns it. */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  value?: string | number;
  valuemin?: number;
  valuemax?: number;
  children?: AxNode[];
}

/**
 * Every node of the page's accessibility tree (Chromium's, through the DevTools protocol), in
 * document order: what a screen reader gets, shadow roots, slots and ARIA references resolved.
 * Needs `a11ySnapshotPlugin()` in the test runner config.
 */
export async function axNodes(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const out: AxNode[] = [];
  const walk = (node: AxNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/** The first node with `role` and `name` (a string or pattern), or undefined. */
export async function axFind(role: string, name: string | RegExp): Promise<AxNode | undefined> {
  return (await axNodes()).find(
    (n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)),
  );
}
