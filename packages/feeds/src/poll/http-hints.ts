/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or junk. */
export function retryAfterMs(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/** Cache-Control max-age in milliseconds (s-maxage wins, as for a shared cache); undefined without either. */
export function maxAgeMs(cacheControl: string | null | undefined): number | undefined {
  if (!cacheControl) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  const value = (name: string) => {
    const d = directives.find((x) => x.startsWith(`${name}=`));
    const n = d ? Number(d.slice(name.length + 1).replace(/"/g, '')) : Number.NaN;
    return Number.isFinite(n) && n >= 0 ? n * 1000 : undefined;
  };
  return value('s-maxage') ?? value('max-age');
}
