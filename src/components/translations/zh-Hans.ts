import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in zh-Hans; a string missing here is shown in English. */
export default {
  methodsLabel: '注销方式',
  officialSite: '官方网站：',
  opensInNewTab: '（在新标签页中打开）',
  emailSubject: '邮件主题',
  copyTemplate: '复制邮件模板',
  copy: '复制',
  copied: '已复制',
  copyFallback: '无法访问剪贴板。文本已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。',
  openMailApp: '在邮件应用中打开',
  bring: '需要携带',
  bringDone: '都已备齐。请继续下一步。',
  progress: {
    other: '已完成 {done}/{total} 项',
  },
  reset: '清除勾选',
  resetConfirm: '确定要清除此清单中的所有勾选吗？',
  resetNo: '保留勾选',
  noticeLabel: '官方信息',
  lastReviewed: '以上官方信息已于{date}核对。',
  note: '说明',
  aboutToggle: '什么是旅游卡？',
  emailTemplate: '邮件模板',
  unconfirmed: '未经证实',
  official: '官方',
  warning: '警告',
  fullGuide: '阅读完整指南',
} satisfies Partial<GuideUiStrings>;
