import DOMPurify from 'dompurify';

/** Elements a slide never needs and that could act on the page. */
const FORBID_TAGS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link'];

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  // Links in slides open beside the viewer, never in it.
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Makes rendered slide HTML safe to insert: translations are untrusted. DOMPurify removes
 * scripts, event handler attributes, `javascript:` and other unsafe URLs, and the forbidden
 * elements above; the marks and icons we add keep their `data-` attributes.
 *
 * @example
 * sanitizeHtml('<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>');
 * // '<img src="x"><a>x</a>'
 */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, { FORBID_TAGS, FORBID_ATTR: ['srcdoc', 'formaction'], ALLOW_UNKNOWN_PROTOCOLS: false });
}

/** A CSS `url(…)` value for a slide background, or null when the URL is not plain http(s) or relative. */
export function safeBackground(url: string | null): string | null {
  if (url === null || /["'()\\\s<>]/.test(url) || /^(?!https?:)[a-z][\w+.-]*:/i.test(url)) return null;
  return `url("${url}")`;
}
