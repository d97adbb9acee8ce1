/**
 * Types of one locale of guide content, inferred from the content model (`guide-model.ts`).
 * Type-only: importing them adds nothing to a bundle.
 */
import type * as v from 'valibot';
import type { GuideSchema, LinkSchema, NoteSchema } from './guide-model.js';

export type GuideData = v.InferOutput<typeof GuideSchema>;
export type GuideLink = v.InferOutput<typeof LinkSchema>;
export type GuideNote = v.InferOutput<typeof NoteSchema>;
export type CancelMethod = GuideData['methods']['items'][number];
export type MethodKind = CancelMethod['kind'];
export type MethodStep = CancelMethod['steps'][number];
export type ChecklistSection = GuideData['before'];
export type ChecklistItem = ChecklistSection['items'][number];
export type EmailDetails = Extract<CancelMethod, { kind: 'email' }>['email'];
export type GuideUiStrings = GuideData['ui'];
export type PluralMessages = GuideUiStrings['progress'];
/** A method's `id`: any id the content gives it (the bundled content has `online`, `email` and `embassy`). */
export type MethodId = string;

/** The two checklists of the guide, in guide order. */
export const CHECKLIST_IDS = ['before', 'after'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
