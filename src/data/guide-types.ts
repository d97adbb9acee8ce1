/**
 * Types of one locale of guide content, inferred from the content model (`guide-model.ts`).
 * Type-only: importing them adds nothing to a bundle.
 */
import type * as v from 'valibot';
import type { GuideSchema, LinkSchema, NoteSchema } from './guide-model.js';

/** One locale of guide content as a file or a site gives it (`data`, `src`): `ui` is optional, any subset. */
export type GuideContent = v.InferOutput<typeof GuideSchema>;
/** Every interface string, as the elements show them (see src/components/translations/). */
export type GuideUiStrings = Required<NonNullable<GuideContent['ui']>>;
/**
 * One locale of guide content as the elements show it: every interface string filled in (the content's own,
 * else the bundled translation of its language, else English).
 */
export type GuideData = Omit<GuideContent, 'ui'> & { ui: GuideUiStrings };
export type GuideLink = v.InferOutput<typeof LinkSchema>;
export type GuideNote = v.InferOutput<typeof NoteSchema>;
export type CancelMethod = GuideData['methods']['items'][number];
export type MethodKind = CancelMethod['kind'];
export type MethodStep = CancelMethod['steps'][number];
export type StepAction = NonNullable<MethodStep['action']>;
export type ChecklistSection = GuideData['before'];
export type ChecklistItem = ChecklistSection['items'][number];
export type EmailDetails = Extract<CancelMethod, { kind: 'email' }>['email'];
export type PluralMessages = GuideUiStrings['progress'];
/** A method's `id`: any id the content gives it (the bundled content has `online`, `email` and `embassy`). */
export type MethodId = string;

/** The actions each kind of method has: shown inside the step that names them, else after the steps. */
export const METHOD_ACTIONS: Record<MethodKind, readonly StepAction[]> = {
  online: ['site'],
  email: ['subject', 'template'],
  'in-person': ['bring'],
};

/** The two checklists of the guide, in guide order: what `list="all"` shows. */
export const CHECKLIST_IDS = ['before', 'after'] as const;
/** Every list: the two checklists and "what to bring" (the in-person method's items). */
export const LIST_IDS = [...CHECKLIST_IDS, 'bring'] as const;
export type ChecklistId = (typeof LIST_IDS)[number];

/** A list's heading, introduction, completion line and items; "what to bring" is made from the in-person method. */
export interface ListSection {
  heading: string;
  intro?: string;
  done?: string;
  items: readonly { id: string; label: string; description?: string; note?: GuideNote }[];
}

export function checklistSection(content: GuideData, id: ChecklistId): ListSection {
  if (id !== 'bring') return content[id];
  const inPerson = content.methods.items.find((method) => method.kind === 'in-person');
  return {
    heading: content.ui.bring,
    done: content.ui.bringDone,
    items: inPerson?.kind === 'in-person' ? inPerson.bring : [],
  };
}
