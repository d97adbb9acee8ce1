import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in English: every string the elements show that is not content, and the fallback of every other language. */
export default {
  methodsLabel: 'Ways to cancel',
  officialSite: 'Official site:',
  opensInNewTab: '(opens in a new tab)',
  emailSubject: 'Subject line',
  copyTemplate: 'Copy email template',
  copy: 'Copy',
  copied: 'Copied',
  copyFallback: 'The clipboard is not available. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  openMailApp: 'Open in mail app',
  bring: 'What to bring',
  bringDone: 'All packed. On to the next step.',
  progress: {
    other: '{done} of {total} done',
  },
  reset: 'Clear ticks',
  resetConfirm: 'Clear all ticks in this list?',
  resetNo: 'Keep ticks',
  noticeLabel: 'What official sources say',
  lastReviewed: 'Official facts above checked on {date}.',
  note: 'Note',
  aboutToggle: 'What is the tourist card?',
  emailTemplate: 'Email template',
  unconfirmed: 'Unconfirmed',
  official: 'Official',
  warning: 'Warning',
  fullGuide: 'Read the full guide',
} satisfies GuideUiStrings;
