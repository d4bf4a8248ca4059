import type { ErrorObject, SchemaObject, ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ninjsSchema from '../schema/ninjs-schema_3.1.json' with { type: 'json' };

// ninjs places `$ref` https://geojson.org/schema/GeoJSON.json#, a remote draft-07 document that ajv will
// not fetch (and Ajv2020 cannot mix with draft-07). This is the same schema transcribed to 2020-12 with
// shared $defs: same types, same required members, same minItems, additional members allowed as upstream.
const GEOJSON_SCHEMA: SchemaObject = {
  $id: 'https://geojson.org/schema/GeoJSON.json',
  title: 'GeoJSON',
  oneOf: [
    { $ref: '#/$defs/Point' },
    { $ref: '#/$defs/LineString' },
    { $ref: '#/$defs/Polygon' },
    { $ref: '#/$defs/MultiPoint' },
    { $ref: '#/$defs/MultiLineString' },
    { $ref: '#/$defs/MultiPolygon' },
    { $ref: '#/$defs/GeometryCollection' },
    { $ref: '#/$defs/Feature' },
    { $ref: '#/$defs/FeatureCollection' },
  ],
  $defs: {
    BoundingBox: { type: 'array', minItems: 4, items: { type: 'number' } },
    PointCoordinates: { type: 'array', minItems: 2, items: { type: 'number' } },
    LineStringCoordinates: { type: 'array', minItems: 2, items: { $ref: '#/$defs/PointCoordinates' } },
    LinearRingCoordinates: { type: 'array', minItems: 4, items: { $ref: '#/$defs/PointCoordinates' } },
    PolygonCoordinates: { type: 'array', items: { $ref: '#/$defs/LinearRingCoordinates' } },
    Point: geometry('Point', { $ref: '#/$defs/PointCoordinates' }),
    LineString: geometry('LineString', { $ref: '#/$defs/LineStringCoordinates' }),
    Polygon: geometry('Polygon', { $ref: '#/$defs/PolygonCoordinates' }),
    MultiPoint: geometry('MultiPoint', { type: 'array', items: { $ref: '#/$defs/PointCoordinates' } }),
    MultiLineString: geometry('MultiLineString', {
      type: 'array',
      items: { $ref: '#/$defs/LineStringCoordinates' },
    }),
    MultiPolygon: geometry('MultiPolygon', { type: 'array', items: { $ref: '#/$defs/PolygonCoordinates' } }),
    Geometry: {
      oneOf: [
        { $ref: '#/$defs/Point' },
        { $ref: '#/$defs/LineString' },
        { $ref: '#/$defs/Polygon' },
        { $ref: '#/$defs/MultiPoint' },
        { $ref: '#/$defs/MultiLineString' },
        { $ref: '#/$defs/MultiPolygon' },
      ],
    },
    GeometryCollection: {
      type: 'object',
      required: ['type', 'geometries'],
      properties: {
        type: { type: 'string', enum: ['GeometryCollection'] },
        geometries: { type: 'array', items: { $ref: '#/$defs/Geometry' } },
        bbox: { $ref: '#/$defs/BoundingBox' },
      },
    },
    Feature: {
      type: 'object',
      required: ['type', 'properties', 'geometry'],
      properties: {
        type: { type: 'string', enum: ['Feature'] },
        id: { oneOf: [{ type: 'number' }, { type: 'string' }] },
        properties: { oneOf: [{ type: 'null' }, { type: 'object' }] },
        geometry: {
          oneOf: [{ type: 'null' }, { $ref: '#/$defs/Geometry' }, { $ref: '#/$defs/GeometryCollection' }],
        },
        bbox: { $ref: '#/$defs/BoundingBox' },
      },
    },
    FeatureCollection: {
      type: 'object',
      required: ['type', 'features'],
      properties: {
        type: { type: 'string', enum: ['FeatureCollection'] },
        features: { type: 'array', items: { $ref: '#/$defs/Feature' } },
        bbox: { $ref: '#/$defs/BoundingBox' },
      },
    },
  },
};

function geometry(type: string, coordinates: SchemaObject): SchemaObject {
  return {
    type: 'object',
    required: ['type', 'coordinates'],
    properties: {
      type: { type: 'string', enum: [type] },
      coordinates,
      bbox: { $ref: '#/$defs/BoundingBox' },
    },
  };
}

/** The outcome of `validateNinjs`: ajv's errors, and the same as readable lines (empty when valid). */
export interface NinjsValidation {
  valid: boolean;
  errors: ErrorObject[];
  text: string;
}

let validate: ValidateFunction | undefined;

function compile(): ValidateFunction {
  // Strict mode stays on except strictRequired: the official schema lists properties in `required` that
  // are declared elsewhere (oneOf branches such as `{ "required": ["value"] }` next to the parent's
  // `properties`, and the root's `required: ["uri"]` behind its $ref). That is valid JSON Schema, but
  // strictRequired refuses to compile it.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(GEOJSON_SCHEMA);
  return ajv.compile(ninjsSchema);
}

/**
 * Validate a document against the official IPTC ninjs 3.1 JSON Schema (draft 2020-12, with formats such
 * as `uri` and `date-time` checked). Uses ajv, a development dependency: meant for tests and tools.
 */
export function validateNinjs(document: unknown): NinjsValidation {
  validate ??= compile();
  const valid = validate(document);
  const errors = valid ? [] : [...(validate.errors ?? [])];
  return { valid, errors, text: errors.map(describeError).join('\n') };
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
