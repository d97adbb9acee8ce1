import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in zh-Hant; a string missing here is shown in English. */
export default {
  methodsLabel: '註銷方式',
  officialSite: '官方網站：',
  opensInNewTab: '（在新分頁中開啟）',
  emailSubject: '郵件主旨',
  copyTemplate: '複製郵件範本',
  copy: '複製',
  copied: '已複製',
  copyFallback: '無法存取剪貼簿。文字已選取，請按 Ctrl+C（Mac 請按 ⌘+C）複製。',
  openMailApp: '在郵件應用程式中開啟',
  bring: '應備文件',
  bringDone: '都已備齊。請繼續下一步。',
  progress: {
    other: '已完成 {done}/{total} 項',
  },
  reset: '清除勾選',
  resetConfirm: '確定要清除此清單中的所有勾選嗎？',
  resetNo: '保留勾選',
  noticeLabel: '官方資訊',
  lastReviewed: '上方官方資訊已於{date}核對。',
  note: '附註',
  aboutToggle: '什麼是旅遊卡？',
  emailTemplate: '郵件範本',
  unconfirmed: '未經證實',
  official: '官方',
  warning: '警告',
  fullGuide: '閱讀完整指南',
} satisfies Partial<GuideUiStrings>;
