// ISO 639-1, the two-letter codes the Story schema carries.
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
    'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik ' +
    'io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml ' +
    'mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd ' +
    'se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi ' +
    'vo wa wo xh yi yo za zh zu'
  ).split(' '),
);
// Codes withdrawn from ISO 639-1 that old feeds still send.
const RENAMED: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' };

/**
 * The ISO 639-1 code of a feed's language tag ("en-US" → "en", "pt_BR" → "pt", "iw" → "he");
 * undefined when the tag does not start with one.
 */
export function languageCode(tag: string | undefined): string | undefined {
  const match = /^\s*([a-z]{2})(?:[-_][a-z\d]{1,8})*\s*$/i.exec(tag ?? '');
  const primary = match?.[1]?.toLowerCase();
  if (primary === undefined) return undefined;
  const code = RENAMED[primary] ?? primary;
  return ISO_639_1.has(code) ? code : undefined;
}
