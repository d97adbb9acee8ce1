import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in ru; a string missing here is shown in English. */
export default {
  methodsLabel: 'Способы аннулирования',
  officialSite: 'Официальный сайт:',
  opensInNewTab: '(откроется в новой вкладке)',
  emailSubject: 'Тема письма',
  copyTemplate: 'Скопировать шаблон письма',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFallback: 'Буфер обмена недоступен. Текст выделен: нажмите Ctrl+C (на Mac — ⌘+C), чтобы скопировать.',
  openMailApp: 'Открыть в почтовом приложении',
  bring: 'Что взять с собой',
  bringDone: 'Всё собрано. Переходите к следующему шагу.',
  progress: {
    other: 'Выполнено: {done} из {total}',
  },
  reset: 'Снять отметки',
  resetConfirm: 'Снять все отметки в этом списке?',
  resetNo: 'Оставить отметки',
  noticeLabel: 'Что говорят официальные источники',
  lastReviewed: 'Официальные сведения выше проверены {date}',
  note: 'Примечание',
  aboutToggle: 'Что такое туристическая карта?',
  emailTemplate: 'Шаблон письма',
  unconfirmed: 'Не подтверждено',
  official: 'Официально',
  warning: 'Внимание',
  fullGuide: 'Читать полное руководство',
} satisfies Partial<GuideUiStrings>;
