/**
 * `az-cancel-guide/react`: React components for the three elements, made with Lit's `@lit/react`.
 * Importing this module defines the elements, so every prop that is a property of the element
 * (`data`, `checked`, `theme`, …) is set as that property, and the events are camelCase props:
 * `onMethodChange`, `onChecklistChange` and `onDataError`. React 19 can also render the tags
 * themselves (typed by `az-cancel-guide/jsx`), but not under server rendering: after hydration
 * React sets neither `data` nor the `on…` listeners of a custom element it did not create. React and
 * `@lit/react` are optional peer dependencies: nothing of them is in the other entries or the CDN builds.
 *
 * On the server the components render the tag with its attributes (`lang`, `theme`, …) and, inside
 * `<az-cancel-guide lang="…">`, the static snippet of that language (react/server-markup.ts); in the
 * browser they keep that snippet, as the element's fallback, through hydration.
 */
import { createComponent, type EventName } from '@lit/react';
import type { ReactiveElement } from 'lit';
import * as React from 'react';
import { AzCancelChecklist as ChecklistElement } from './components/checklist/az-cancel-checklist-define.js';
import { AzCancelGuide as GuideElement } from './components/guide/az-cancel-guide-define.js';
import { AzCancelMethods as MethodsElement } from './components/methods/az-cancel-methods-define.js';
import type { ChecklistChangeDetail, DataErrorDetail, MethodChangeDetail } from './events.js';
import { renderingOnServer, serverProps } from './react/server-markup.js';

const onMethodChange = 'az-method-change' as EventName<CustomEvent<MethodChangeDetail>>;
const onChecklistChange = 'az-checklist-change' as EventName<CustomEvent<ChecklistChangeDetail>>;
const onDataError = 'az-data-error' as EventName<CustomEvent<DataErrorDetail>>;

/** Server HTML that React keeps as it is while hydrating, and never replaces afterwards. */
const KEEP_SERVER_HTML = { __html: '' };

/**
 * `@lit/react`'s component, rendered on the server as the tag with attributes (and the snippet);
 * in the browser, the guide keeps what the server rendered inside it (an empty element elsewhere).
 */
function serverRendered<C extends { displayName?: string | undefined }>(
  Component: C,
  elementClass: typeof ReactiveElement,
  tagName: string,
  withSnippet: boolean,
): C {
  const Rendered = React.forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    if (renderingOnServer()) return React.createElement(tagName, serverProps(elementClass, props, withSnippet));
    const keep = withSnippet && props.children == null && props.dangerouslySetInnerHTML == null;
    return React.createElement(Component as unknown as React.ElementType, {
      ...props,
      ref,
      ...(keep && { dangerouslySetInnerHTML: KEEP_SERVER_HTML }),
    });
  });
  Rendered.displayName = Component.displayName ?? '';
  return Rendered as unknown as C;
}

/** `<az-cancel-guide>`; its events include those of the methods and checklists inside it. */
export const AzCancelGuide = serverRendered(
  createComponent({
    react: React,
    tagName: 'az-cancel-guide',
    elementClass: GuideElement,
    events: { onMethodChange, onChecklistChange, onDataError },
  }),
  GuideElement,
  'az-cancel-guide',
  true,
);

/** `<az-cancel-methods>`. */
export const AzCancelMethods = serverRendered(
  createComponent({
    react: React,
    tagName: 'az-cancel-methods',
    elementClass: MethodsElement,
    events: { onMethodChange, onDataError },
  }),
  MethodsElement,
  'az-cancel-methods',
  false,
);

/** `<az-cancel-checklist>`. */
export const AzCancelChecklist = serverRendered(
  createComponent({
    react: React,
    tagName: 'az-cancel-checklist',
    elementClass: ChecklistElement,
    events: { onChecklistChange, onDataError },
  }),
  ChecklistElement,
  'az-cancel-checklist',
  false,
);
