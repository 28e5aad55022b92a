// Turns the summary HTML (a complete, self-contained document from the shared renderer) into a webview page
// under a strict Content-Security-Policy: nothing remote, styles and scripts only with this page's nonce.
// Pure string work with no VS Code import, so it is unit-tested in Node.
import { randomBytes } from 'node:crypto';
// The summary's own escaper: one rule for every user string on a page (entities, and control characters as pictures).
import { escapeHtml } from '../../language/render/escape-html.js';

export interface WebviewPageOptions {
    /** `webview.cspSource`: the origin VS Code serves local webview resources from. */
    cspSource: string;
    nonce: string;
}

/** 128 random bits as 32 hex digits: always the same length (stripping `+/=` from base64 sometimes left fewer than 20 characters). */
export function createNonce(): string {
    return randomBytes(16).toString('hex');
}

export function contentSecurityPolicy({ cspSource, nonce }: WebviewPageOptions): string {
    return [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`
    ].join('; ');
}

/**
 * Adds the CSP, puts the nonce on every `<style>` and `<script>` of the rendered document (the renderer escapes
 * every user string, so no tag in it comes from user text) and adds the panel's toolbar at the top of the body.
 */
export function toWebviewPage(renderedHtml: string, options: WebviewPageOptions): string {
    const { nonce } = options;
    let html = renderedHtml
        // Our policy replaces the renderer's own (written for a standalone file).
        .replace(/<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/gi, '')
        .replace(/<(style|script)(\s[^>]*)?>/gi, (_tag, name: string, attributes: string | undefined) =>
            `<${name} nonce="${nonce}"${(attributes ?? '').replace(/\snonce=("[^"]*"|'[^']*'|\S+)/gi, '')}>`);
    const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}">\n<style nonce="${nonce}">${TOOLBAR_CSS}</style>`;
    html = /<head(\s[^>]*)?>/i.test(html)
        ? html.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}\n${head}`)
        : `<!DOCTYPE html><html><head>${head}</head><body>${html}</body></html>`;
    const toolbar = `<nav class="lhc-webview-toolbar" aria-label="Summary actions">`
        + `<button type="button" data-command="refresh">Refresh</button>`
        + `<button type="button" data-command="export">Export…</button></nav>`;
    const script = `<script nonce="${nonce}">${TOOLBAR_SCRIPT}</script>`;
    html = /<body(\s[^>]*)?>/i.test(html) ? html.replace(/<body(\s[^>]*)?>/i, (tag) => `${tag}\n${toolbar}`) : html;
    return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${script}\n</body>`) : `${html}${script}`;
}

/** The page shown while the server has not answered or failed; `message` is escaped here. */
export function messagePage(message: string, options: WebviewPageOptions): string {
    return toWebviewPage(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LHC Compliance Summary</title></head>`
        + `<body><p class="lhc-webview-message">${escapeHtml(message)}</p></body></html>`, options);
}

const TOOLBAR_CSS = `.lhc-webview-toolbar{position:sticky;top:0;display:flex;gap:.5em;justify-content:flex-end;padding:.4em 0;`
    + `background:var(--vscode-editor-background,inherit);z-index:1}`
    + `.lhc-webview-toolbar button{font:inherit;color:var(--vscode-button-foreground);background:var(--vscode-button-background);`
    + `border:none;padding:.25em .8em;cursor:pointer}`
    + `.lhc-webview-toolbar button:hover{background:var(--vscode-button-hoverBackground)}`
    + `.src[data-file]{cursor:pointer;text-decoration:underline dotted;text-underline-offset:.2em}`
    + `.src[data-file]:hover,.src[data-file]:focus{text-decoration:underline;outline:none;color:var(--vscode-textLink-activeForeground,inherit)}`
    + `@media print{.lhc-webview-toolbar{display:none}}`;

// Runs in the webview. The buttons and every source link (an element with data-file and data-line, see
// language/render/summary-html-parts.ts) only post a message; the extension opens the file. setState marks the
// panel as one to bring back after a window reload (the extension registers a serializer for it).
const TOOLBAR_SCRIPT = `(function(){const vscode=acquireVsCodeApi();vscode.setState({view:'lhc.summary'});`
    + `document.querySelectorAll('.lhc-webview-toolbar button').forEach(function(button){`
    + `button.addEventListener('click',function(){vscode.postMessage({command:button.dataset.command});});});`
    + `document.querySelectorAll('[data-file]').forEach(function(element){element.setAttribute('role','link');`
    + `if(!element.hasAttribute('tabindex'))element.setAttribute('tabindex','0');});`
    + `function open(event){const target=event.target instanceof Element?event.target.closest('[data-file]'):null;if(!target)return;`
    + `event.preventDefault();vscode.postMessage({command:'open',file:target.getAttribute('data-file'),`
    + `line:Number(target.getAttribute('data-line')),column:Number(target.getAttribute('data-column')||'1')});}`
    + `document.addEventListener('click',open);`
    + `document.addEventListener('keydown',function(event){if(event.key==='Enter'||event.key===' ')open(event);});})();`;
