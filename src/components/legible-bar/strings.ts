/**
 * The controls' words in Vietnamese and English. Every key must exist in both (a test checks).
 * They are only ever rendered as text, so replacements from a page cannot inject markup.
 */
import type { ContrastLevel } from '../../core/settings.js';

export interface BarStrings {
  /** The accessible names of `<legible-bar>`, `<legible-text-size>` and `<legible-contrast>`. */
  label: string;
  textLabel: string;
  contrastLabel: string;
  decreaseText: string;
  resetText: string;
  increaseText: string;
  /** Visible text of the contrast buttons. */
  increaseContrast: string;
  decreaseContrast: string;
  reset: string;
  /** Said for a button that cannot act, after its name. */
  atSmallest: string;
  atLargest: string;
  atHighest: string;
  atLowest: string;
  /** Said for both contrast buttons under forced colors (the system's high-contrast mode). */
  systemContrast: string;
  /** Announced after a text size change; `{percent}` is replaced. */
  textSize: string;
  contrastLevels: Record<`${ContrastLevel}`, string>;
  resetDone: string;
}

export const vi: BarStrings = {
  label: 'Công cụ hỗ trợ đọc',
  textLabel: 'Cỡ chữ',
  contrastLabel: 'Tương phản',
  decreaseText: 'Giảm cỡ chữ',
  resetText: 'Cỡ chữ mặc định',
  increaseText: 'Tăng cỡ chữ',
  increaseContrast: 'Tăng tương phản',
  decreaseContrast: 'Giảm tương phản',
  reset: 'Đặt lại',
  atSmallest: 'Đã nhỏ nhất',
  atLargest: 'Đã lớn nhất',
  atHighest: 'Đã cao nhất',
  atLowest: 'Đã thấp nhất',
  systemContrast: 'Chế độ tương phản cao của hệ thống đang điều khiển màu sắc',
  textSize: 'Cỡ chữ {percent}%',
  contrastLevels: {
    '-1': 'Tương phản dịu',
    '0': 'Màu gốc của trang',
    '1': 'Tương phản cao',
    '2': 'Tương phản tối đa',
  },
  resetDone: 'Đã đặt lại cỡ chữ và tương phản',
};

export const en: BarStrings = {
  label: 'Reading tools',
  textLabel: 'Text size',
  contrastLabel: 'Contrast',
  decreaseText: 'Smaller text',
  resetText: 'Default text size',
  increaseText: 'Larger text',
  increaseContrast: 'More contrast',
  decreaseContrast: 'Less contrast',
  reset: 'Reset',
  atSmallest: 'Already smallest',
  atLargest: 'Already largest',
  atHighest: 'Already highest',
  atLowest: 'Already lowest',
  systemContrast: "Your system's high-contrast mode is in charge of colours",
  textSize: 'Text size {percent}%',
  contrastLevels: {
    '-1': 'Soft contrast',
    '0': 'Site colours',
    '1': 'High contrast',
    '2': 'Maximum contrast',
  },
  resetDone: 'Text size and contrast reset',
};

export const languages: { [lang: string]: BarStrings } = { vi, en };
export type Language = 'vi' | 'en';
type Replacements = { [lang: string]: Partial<BarStrings> | undefined };

/**
 * The words for a `lang` value: those of its primary subtag (`en-GB` is `en`) when Legible has
 * words for it, built in or added through `strings` (English under an added language's), else
 * Vietnamese; then the page's replacements for that language, then the element's own.
 */
export function wordsFor(lang: string | null | undefined, added: Replacements = {}, own?: Partial<BarStrings>): BarStrings {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  const known = [...Object.keys(languages), ...Object.keys(added)].includes(primary) ? primary : 'vi';
  return { ...(languages[known] ?? en), ...added[known], ...own };
}
