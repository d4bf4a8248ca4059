// Zone abbreviations seen in feed dates, in minutes east of UTC. Where an abbreviation is ambiguous
// the RFC 822 meaning wins (CST is US Central, not China), then the one news feeds use most
// (IST is India, BST is British Summer Time).
const NAMED_ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  // German feeds name Central European time in German.
  MEZ: 60,
  MESZ: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  SAST: 120,
  CAT: 120,
  EAT: 180,
  WAT: 60,
  GST: 240,
  PKT: 300,
  ICT: 420,
  WIB: 420,
  HKT: 480,
  SGT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
  BRT: -180,
  ART: -180,
};

/**
 * Minutes east of UTC for a zone as feeds write it: "Z", "GMT", "EST", "+0100", "-05:00", "+01",
 * "GMT+2", "UTC+05:30", "+0000 GMT". Undefined when it is not a zone; an empty zone is not one either.
 */
export function zoneOffsetMinutes(zone: string): number | undefined {
  // "+0000 GMT", "GMT +0100": a zone said twice; every part must be a zone, and the numeric one wins.
  const parts = zone
    .trim()
    .toUpperCase()
    .split(/\s+(?=[A-Z+-])/);
  const offsets = parts.map(oneZone);
  if (offsets.some((o) => o === undefined)) return undefined;
  const numeric = parts.findIndex((p) => /\d/.test(p));
  return offsets[numeric === -1 ? 0 : numeric];
}

function oneZone(z: string): number | undefined {
  const named = NAMED_ZONES[z];
  if (named !== undefined) return named;
  const m = /^(?:GMT|UTC|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
