const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML e-mail bodies (integrations may not import the http layer). */
export const escapeText = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);
