// The parties of a ninjs document: who made the story (contributors, `by`), who supplied it
// (`infoSources`), and the people, organisations and places it mentions.
import { identify, toUri } from './ninjs-uri.ts';
import { distinctPresent, present } from './ninjs-values.ts';
import type { Contributor, Entity, Place, Story } from './story.ts';

// infoSource roles from the IPTC Content Production Party Role NewsCodes, which replaced the retired
// infosourcerole scheme. The guide asks for a URI here even though the schema only types it as a string.
const ROLE_ORIGINATOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont';
const ROLE_DISTRIBUTOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/distributor';

export interface NinjsInfoSource {
  name: string;
  role: string;
  uri?: string;
  literal?: string;
}

export interface NinjsEntity {
  name: string;
  /** `mentions` for what the story is about; the contributor's role (`author`, `editor`, …) for its makers. */
  rel: string;
  uri?: string;
  literal?: string;
  contactInfo?: [{ type: 'email'; value: string }];
}

export interface NinjsPlace extends Omit<NinjsEntity, 'contactInfo'> {
  geoJSON?: { type: 'Point'; coordinates: [number, number] };
  contactInfo?: [{ type: 'address'; address: { country: string } }];
}

const WRITER_ROLES = new Set(['author', 'reporter', 'writer', 'correspondent']);

// Without a byline, the writers among the contributors make one; editors and photographers do not.
export function bylineOf(contributors: readonly Contributor[]): string | undefined {
  const writers = contributors.filter((c) => WRITER_ROLES.has(c.role.toLowerCase()));
  const names = distinctPresent(writers.map((c) => c.name));
  return names.length === 0 ? undefined : names.join(', ');
}

// The people who made the story, told apart from the people it mentions by `rel` (their role).
export function renderContributors(contributors: readonly Contributor[]): NinjsEntity[] {
  const out: NinjsEntity[] = [];
  for (const contributor of contributors) {
    const name = present(contributor.name);
    if (name === undefined) continue;
    const email = present(contributor.email);
    out.push({
      name,
      rel: contributor.role,
      ...identify(contributor.uri),
      ...(email === undefined ? {} : { contactInfo: [{ type: 'email', value: email }] }),
    });
  }
  return out;
}

export function renderInfoSources(story: Story): NinjsInfoSource[] {
  const sources: NinjsInfoSource[] = [];
  const credit = present(story.credit);
  if (credit !== undefined) sources.push({ name: credit, role: ROLE_ORIGINATOR });
  // The supplier the source names (a G2 provider), unless the credit already is it.
  const provider = present(story.provider?.name);
  if (provider !== undefined && provider.toLowerCase() !== credit?.toLowerCase()) {
    const providerUri = toUri(story.provider?.uri);
    sources.push({
      name: provider,
      role: ROLE_ORIGINATOR,
      ...(providerUri === undefined ? {} : { uri: providerUri }),
    });
  }
  const { feedId, feedTitle, feedUrl } = story.source;
  // A feed read from a local file has a path, not a URI; the feed id still identifies it.
  const uri = toUri(feedUrl);
  sources.push({
    name: present(feedTitle) ?? feedId,
    role: ROLE_DISTRIBUTOR,
    ...(uri === undefined ? {} : { uri }),
    literal: feedId,
  });
  return sources;
}

export function renderEntities(entities: readonly Entity[] | undefined): NinjsEntity[] {
  const out: NinjsEntity[] = [];
  for (const entity of entities ?? []) {
    const name = present(entity.name);
    if (name !== undefined) out.push({ name, rel: 'mentions', ...identify(entity.uri) });
  }
  return out;
}

export function renderPlaces(places: readonly Place[] | undefined): NinjsPlace[] {
  const out: NinjsPlace[] = [];
  for (const place of places ?? []) {
    const name = present(place.name);
    if (name === undefined) continue;
    const { lat, lon, countryCode } = place;
    out.push({
      name,
      rel: 'mentions',
      ...identify(place.uri),
      // GeoJSON (RFC 7946) puts longitude first.
      ...(lat === undefined || lon === undefined
        ? {}
        : { geoJSON: { type: 'Point', coordinates: [lon, lat] } }),
      // ninjs places have no country field; the country part of an address is the schema's place for it.
      ...(countryCode === undefined
        ? {}
        : { contactInfo: [{ type: 'address', address: { country: countryCode } }] }),
    });
  }
  return out;
}
