import { describe, expect, it } from 'vitest';
import { classifyStatus } from './classify-status.ts';

describe('classifyStatus', () => {
  it.each([
    [200, undefined],
    [204, undefined],
    [304, undefined],
    [301, 'WF_E_FETCH_REDIRECTS'],
    [404, 'WF_E_FETCH_HTTP_4XX'],
    [410, 'WF_E_FETCH_HTTP_4XX'],
    [429, 'WF_E_FETCH_HTTP_429'],
    [500, 'WF_E_FETCH_HTTP_5XX'],
    [599, 'WF_E_FETCH_HTTP_5XX'],
  ])('%i → %s', (status, code) => {
    expect(classifyStatus(status)).toBe(code);
  });
});
