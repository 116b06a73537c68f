// The row badges an annotator has made, findable by subscription name. A page that re-renders
// its rows throws away the rows holding our badges; the badge of a row whose name and decision
// did not change is then moved into the new row instead of being made again, so a re-render of
// unchanged rows costs a look-up and a move per row, and no new DOM to build or collect.
import type { AdviceView } from '../decisions/advice-view.ts';
import { badgeView } from './badge.ts';

export class BadgeRegistry implements Iterable<HTMLElement> {
  private readonly names = new Map<HTMLElement, string>();
  private readonly byName = new Map<string, Set<HTMLElement>>();

  [Symbol.iterator](): Iterator<HTMLElement> {
    return this.names.keys();
  }

  add(host: HTMLElement, name: string): void {
    const known = this.names.get(host);
    if (known === name) return;
    if (known !== undefined) this.delete(host);
    this.names.set(host, name);
    let hosts = this.byName.get(name);
    if (!hosts) {
      hosts = new Set();
      this.byName.set(name, hosts);
    }
    hosts.add(host);
  }

  delete(host: HTMLElement): void {
    const name = this.names.get(host);
    if (name === undefined) return;
    this.names.delete(host);
    const hosts = this.byName.get(name);
    hosts?.delete(host);
    if (hosts?.size === 0) this.byName.delete(name);
  }

  clear(): void {
    this.names.clear();
    this.byName.clear();
  }

  /**
   * A badge of ours for `name` showing `view` that is no longer in the document (the page
   * replaced or removed its row): one to move into the row's new cell. A badge still in the
   * document is never taken: it may be another row's (two rows can share a name). The one
   * taken goes to the end of its name's list, so many rows of one name re-rendered together
   * find theirs at the front: each look-up stays short.
   */
  detached(name: string, view: AdviceView): HTMLElement | undefined {
    const hosts = this.byName.get(name);
    if (!hosts) return undefined;
    for (const host of hosts) {
      if (host.isConnected || badgeView(host) !== view) continue;
      hosts.delete(host);
      hosts.add(host);
      return host;
    }
    return undefined;
  }
}
