import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { escapeHtml } from '../../language/render/escape-html.js';

describe('escapeHtml', () => {
    it('escapes the five characters that can change HTML structure', () => {
        assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('leaves ordinary text, £ amounts and symbols alone', () => {
        assert.equal(escapeHtml('£12.5m — 13% ✔'), '£12.5m — 13% ✔');
    });

    it('turns a script tag into inert text and never double-escapes by accident', () => {
        assert.equal(escapeHtml('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
        assert.equal(escapeHtml('&lt;'), '&amp;lt;');
    });

    it('accepts numbers and undefined', () => {
        assert.equal(escapeHtml(42), '42');
        assert.equal(escapeHtml(undefined), '');
    });
});
