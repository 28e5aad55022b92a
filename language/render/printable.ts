/**
 * Terminal control characters never reach people. A title or a file name may hold any character, and a raw BEL or
 * ESC sequence (`\x07\x1b[2J\x1b]0;x\x07`) written to a terminal, a CI log or an annotation rings, clears the screen
 * or retitles the window. Every human-facing output passes its user strings (and, where it builds lines itself, its
 * whole text) through here: each C0 control (U+0000–U+001F), DEL (U+007F) and C1 control (U+0080–U+009F) becomes a
 * visible stand-in, so the text stays readable and nothing is silently dropped. JSON and SARIF escape them instead.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const LINE_SPACE = /[\t\n\r]/g;

/**
 * The Unicode Control Picture for a C0 control or DEL (U+0007 → ␇, U+001B → ␛, U+007F → ␡); the replacement
 * character for a C1 control, which has no picture.
 */
export function controlPicture(character: string): string {
    const code = character.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
}

/** A one-line string (a title, a message, a file name): every control character, line breaks too, shown as a picture. */
export function printable(text: string): string {
    return text.replace(CONTROL, controlPicture);
}

/** Text the caller has laid out in lines: its line feeds stay, every other control character becomes a picture. */
export function printableLines(text: string): string {
    return text.replace(CONTROL_BUT_NEWLINE, controlPicture);
}

/** Prose in a page (HTML, Markdown), where a tab or line break is only a space: those become spaces, the rest pictures. */
export function printableProse(text: string): string {
    return printable(text.replace(LINE_SPACE, ' '));
}

/**
 * JSON as `JSON.stringify` writes it, with DEL and the C1 controls escaped too (`\u007f`): it escapes C0 controls
 * only, and the machine-readable outputs keep every character of a title, escaped, never raw.
 */
export function escapeJsonControls(json: string): string {
    return json.replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
