package org.dangjiandesk.model;

/**
 * Search and sort keys derived from a Chinese name: pinyin initials ("zjg" for 张建国), full pinyin without tones
 * ("zhangjianguo") and a key that sorts by surname stroke count (姓氏笔画).
 */
public record NameKeys(String pinyinInitials, String pinyinFull, String strokeSortKey) {
}
