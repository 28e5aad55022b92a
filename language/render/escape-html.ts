import { printableProse } from './printable.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values. Every string that comes from a
 * `.lhc` file (titles, clause text, messages, file names) passes through here before it reaches a page; control
 * characters become visible pictures (printable.ts).
 */
export function escapeHtml(text: string | number | undefined): string {
    return printableProse(String(text ?? '')).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}
