// HTML character references: the named ones news copy actually uses, and numeric ones. The HTML
// stripper decodes with this table, and the bundles give markdown-it this module in place of the
// `entities` package (esbuild alias): that package builds a 2,000-entry decoding table when it
// is loaded, about a fifth of the extension's load time, for text FactLint never reads
// (markdown-it's decoded link titles and fence info; inline parsing is off).

export const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', middot: '·', bull: '•', times: '×',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í',
  ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', ccedil: 'ç', thinsp: ' ', ensp: ' ', emsp: ' ',
  shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/** The character a numeric reference stands for (invalid code points become U+FFFD, as in HTML). */
function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/** Decodes the references in `s` (unknown names are left as they are). */
export function decodeHTML(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(parseInt(dec, 10));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    const exact = NAMED_ENTITIES[name!];
    if (exact !== undefined) return exact;
    // &Eacute; from &eacute;: the capital of the letter (&AMP; stays &)
    const lower = NAMED_ENTITIES[name!.toLowerCase()];
    return lower === undefined ? whole : /^[A-Z]/.test(name!) ? lower.toUpperCase() : lower;
  });
}

/** markdown-it imports this name too (references here always end with ';'). */
export const decodeHTMLStrict = decodeHTML;
