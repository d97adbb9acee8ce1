// The `exportparts` of every element that contains another: one place to add a part a page may style
// through the outer element (src/components/guide/az-cancel-guide.test.ts › "::part() through the guide"
// fails for an inner part that is not reachable).

/** "What to bring" (a checklist in the in-person panel), as parts of the methods element. */
export const BRING_PARTS =
  'heading:bring-heading,items:bring-list,item:bring-item,checkbox,label,progress,progress-text,done,reset,confirm';

/** The methods element's parts, as parts of the guide: its own, then those of "what to bring" it exports (named as above). */
export const METHODS_PARTS =
  'tablist,tab,selected,tag,panel,panel-heading,steps,note,official-link,site-link,copy-subject,preview,copy-button,mail-link,bring,bring-heading,bring-list,bring-item,checkbox,label,progress,progress-text,done,reset,confirm';

/** The checklist's parts, as parts of the guide (its `base` is the guide's `checklist` part). */
export const CHECKLIST_PARTS =
  'heading:checklist-heading,list,intro,items,item,checkbox,label,description,note,progress,progress-bar,progress-text,done,reset,confirm';
