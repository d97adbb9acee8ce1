/**
 * `az-cancel-guide/react`: React components for the three elements, made with Lit's `@lit/react`.
 * Importing this module defines the elements, so every prop that is a property of the element
 * (`data`, `checked`, `theme`, …) is set as that property, and the events are camelCase props:
 * `onMethodChange`, `onChecklistChange` and `onDataError`. React 19 can also render the tags
 * themselves (typed by `az-cancel-guide/jsx`). React and `@lit/react` are optional peer
 * dependencies: nothing of them is in the other entries or the CDN builds.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { AzCancelChecklist as ChecklistElement } from './components/checklist/az-cancel-checklist-define.js';
import { AzCancelGuide as GuideElement } from './components/guide/az-cancel-guide-define.js';
import { AzCancelMethods as MethodsElement } from './components/methods/az-cancel-methods-define.js';
import type { ChecklistChangeDetail, DataErrorDetail, MethodChangeDetail } from './events.js';

const onMethodChange = 'az-method-change' as EventName<CustomEvent<MethodChangeDetail>>;
const onChecklistChange = 'az-checklist-change' as EventName<CustomEvent<ChecklistChangeDetail>>;
const onDataError = 'az-data-error' as EventName<CustomEvent<DataErrorDetail>>;

/** `<az-cancel-guide>`; its events include those of the methods and checklists inside it. */
export const AzCancelGuide = createComponent({
  react: React,
  tagName: 'az-cancel-guide',
  elementClass: GuideElement,
  events: { onMethodChange, onChecklistChange, onDataError },
});

/** `<az-cancel-methods>`. */
export const AzCancelMethods = createComponent({
  react: React,
  tagName: 'az-cancel-methods',
  elementClass: MethodsElement,
  events: { onMethodChange, onDataError },
});

/** `<az-cancel-checklist>`. */
export const AzCancelChecklist = createComponent({
  react: React,
  tagName: 'az-cancel-checklist',
  elementClass: ChecklistElement,
  events: { onChecklistChange, onDataError },
});
