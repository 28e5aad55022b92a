import { strict as assert } from 'node:assert';
import { contentSecurityPolicy, createNonce, messagePage, toWebviewPage } from '../../extension/src/webview-html.js';
import { escapeHtml } from '../../language/render/escape-html.js';

const options = { cspSource: 'https://webview.example', nonce: 'abc123' };
const rendered = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    + `<title>Summary</title><style>body{color:red}</style></head>`
    + `<body class="summary"><h1>Pilots</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script type="module">void 0</script></body></html>`;

describe('the summary webview page', () => {
    it('has the strict policy: nothing by default, styles and scripts only with the nonce, images only local', () => {
        assert.equal(contentSecurityPolicy(options),
            "default-src 'none'; style-src https://webview.example 'nonce-abc123'; script-src 'nonce-abc123'; img-src https://webview.example data:");
    });

    it('replaces the renderer\'s own policy with the webview one', () => {
        const page = toWebviewPage(rendered, options);
        const policies = [...page.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1]);
        assert.deepEqual(policies, [contentSecurityPolicy(options)]);
        assert.ok(!page.includes('unsafe-inline'));
    });

    it('puts the nonce on every style and script element, keeping their other attributes', () => {
        const page = toWebviewPage(rendered, options);
        const tags = [...page.matchAll(/<(style|script)\b[^>]*>/g)].map((match) => match[0]);
        assert.ok(tags.length >= 4, tags.join(' '));
        for (const tag of tags) assert.match(tag, /nonce="abc123"/);
        assert.ok(page.includes('<script nonce="abc123" type="module">'));
    });

    it('leaves escaped user text alone: an escaped tag gets no nonce and stays escaped', () => {
        const page = toWebviewPage(rendered, options);
        assert.ok(page.includes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'));
    });

    it('adds the refresh and export toolbar at the top of the body and its script before the end', () => {
        const page = toWebviewPage(rendered, options);
        assert.match(page, /<body class="summary">\s*<nav class="lhc-webview-toolbar"/);
        assert.match(page, /acquireVsCodeApi[^<]*<\/script>\s*<\/body>/);
    });

    it('escapes the text of a message page', () => {
        const page = messagePage('Could not build: <img src=x onerror=alert(1)>', options);
        assert.ok(page.includes('Could not build: &lt;img src=x onerror=alert(1)&gt;'));
        assert.ok(!page.includes('<img'));
    });

    it('escapes a message as the HTML summary does: tags, both quotes, ampersands and control characters', () => {
        const message = 'Failed: <script>alert("x")</script> & it\'s \u001b[2J\u0007 done';
        const page = messagePage(message, options);
        const paragraph = /<p class="lhc-webview-message">([^]*?)<\/p>/.exec(page)?.[1];
        assert.equal(paragraph, escapeHtml(message));
        assert.equal(paragraph, 'Failed: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; it&#39;s \u241b[2J\u2407 done');
        // The only script on the page is the toolbar's, with the nonce.
        assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]), ['<script nonce="abc123">']);
        assert.doesNotMatch(page, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    });

    it('makes a different, unguessable nonce each time', () => {
        const nonces = new Set(Array.from({ length: 2000 }, () => createNonce()));
        assert.equal(nonces.size, 2000);
        for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9]{20,}$/);
    });
});
