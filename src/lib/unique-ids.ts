/** A repeated id, at the path of the repeat (`['after', 'items', 0, 'id']`). */
export interface DuplicateId {
  keys: (string | number)[];
  message: string;
}

interface WithIds {
  methods: { items: readonly { id: string }[] };
  before: { items: readonly { id: string }[] };
  after: { items: readonly { id: string }[] };
}

/**
 * Ids must be unique: method ids among the methods (one tab and panel each), checklist item ids
 * across both lists (one element can show both, and ticks are stored by id).
 */
export function duplicateIds(guide: WithIds): DuplicateId[] {
  const found: DuplicateId[] = [];
  const groups = [['methods'], ['before', 'after']] as const;
  for (const group of groups) {
    const seen = new Set<string>();
    for (const key of group) {
      guide[key].items.forEach(({ id }, index) => {
        if (seen.has(id)) found.push({ keys: [key, 'items', index, 'id'], message: `duplicate id "${id}"` });
        seen.add(id);
      });
    }
  }
  return found;
}
