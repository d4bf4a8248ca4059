// NewsML-G2 qualified codes ("medtop:20000523") and the URIs they stand for. A qcode's alias is bound
// to a scheme URI by a catalog; the IPTC's own catalog is the one every agency references, and its
// aliases are known here. An agency's own catalog is read when the document carries it inline
// (`<catalog><scheme alias="…" uri="…"/>`); one referenced by URL is not fetched (parsing does no I/O),
// so its codes are kept as written, without a URI.
import type { XmlElement } from './xml-tree.ts';
import { attribute, elements } from './xml-tree.ts';

const IPTC = 'http://cv.iptc.org/newscodes/';

// From the IPTC G2 Standards catalog (catalog.IPTC-G2-Standards_NN.xml): the schemes a reader meets.
const IPTC_SCHEMES: Readonly<Record<string, string>> = {
  medtop: `${IPTC}mediatopic/`,
  subj: `${IPTC}subjectcode/`,
  genre: `${IPTC}genre/`,
  scene: `${IPTC}scene/`,
  nprov: `${IPTC}newsprovider/`,
  ninat: `${IPTC}ninature/`,
  stat: `${IPTC}pubstatusg2/`,
  sig: `${IPTC}signal/`,
  rnd: `${IPTC}rendition/`,
  crol: `${IPTC}creatorrole/`,
  ctrol: `${IPTC}contributorrole/`,
  drol: `${IPTC}descriptionrole/`,
  cpnat: `${IPTC}cpnature/`,
  'iso3166-1a2': `${IPTC}iso3166-1a2/`,
  'iso3166-1a3': `${IPTC}iso3166-1a3/`,
  prod: `${IPTC}product/`,
  timeunit: `${IPTC}timeunit/`,
};

/** Scheme aliases in force for a document: the IPTC's, then any inline catalog's (which win). */
export type Schemes = ReadonlyMap<string, string>;

/** The schemes of the IPTC catalog and of the `catalog` elements found under `roots`. */
export function schemesOf(roots: readonly (XmlElement | undefined)[]): Schemes {
  const schemes = new Map(Object.entries(IPTC_SCHEMES));
  for (const root of roots) {
    for (const catalog of elements(root, 'catalog')) {
      for (const scheme of elements(catalog, 'scheme')) {
        const alias = attribute(scheme, 'alias');
        const uri = attribute(scheme, 'uri');
        if (alias && uri && /^https?:\/\//i.test(uri)) schemes.set(alias, uri);
      }
    }
  }
  return schemes;
}

export interface QCode {
  alias: string;
  code: string;
}

export function splitQcode(qcode: string | undefined): QCode | undefined {
  const at = qcode?.indexOf(':') ?? -1;
  if (qcode === undefined || at <= 0 || at === qcode.length - 1) return undefined;
  return { alias: qcode.slice(0, at).trim(), code: qcode.slice(at + 1).trim() };
}

/** The URI a qcode stands for, when its scheme is known. */
export function qcodeUri(qcode: string | undefined, schemes: Schemes): string | undefined {
  const split = splitQcode(qcode);
  const scheme = split && schemes.get(split.alias);
  return scheme && split ? `${scheme}${encodeURIComponent(split.code)}` : undefined;
}

/**
 * The code of a concept named by qcode or URI, without its scheme: "stat:canceled" and
 * "http://cv.iptc.org/newscodes/pubstatusg2/canceled" both give "canceled".
 */
export function conceptCode(element: XmlElement | undefined, attr = 'qcode'): string | undefined {
  const qcode = splitQcode(attribute(element, attr))?.code;
  if (qcode) return qcode;
  const uri = attribute(element, attr === 'qcode' ? 'uri' : `${attr}uri`);
  return uri?.replace(/\/+$/, '').split('/').pop() || undefined;
}
