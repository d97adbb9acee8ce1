/** A repeated id, at the path of the repeat (`['after', 'items', 0, 'id']`). */
export interface DuplicateId {
  keys: (string | number)[];
  message: string;
}

interface WithIds {
  methods: { items: readonly { id: string; bring?: readonly { id: string }[] }[] };
  before: { items: readonly { id: string }[] };
  after: { items: readonly { id: string }[] };
}

/**
 * Ids must be unique: method ids among the methods (one tab and panel each), checklist item ids
 * across all checklists, "what to bring" included (one element can show several lists, and ticks
 * are stored by id).
 */
export function duplicateIds(guide: WithIds): DuplicateId[] {
  const found: DuplicateId[] = [];
  const check = (seen: Set<string>, items: readonly { id: string }[], keys: (string | number)[]): void =>
    items.forEach(({ id }, index) => {
      if (seen.has(id)) found.push({ keys: [...keys, index, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  check(new Set(), guide.methods.items, ['methods', 'items']);
  const ticks = new Set<string>();
  check(ticks, guide.before.items, ['before', 'items']);
  guide.methods.items.forEach((method, index) =>
    check(ticks, method.bring ?? [], ['methods', 'items', index, 'bring']),
  );
  check(ticks, guide.after.items, ['after', 'items']);
  return found;
}
