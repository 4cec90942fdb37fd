import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl } from '../../../electron/main/trustedUrl';

describe('isTrustedRendererUrl', () => {
  it('trusts the packaged renderer files', () => {
    expect(isTrustedRendererUrl('file:///opt/Spine%20Review/resources/app.asar/out/renderer/index.html', undefined)).toBe(true);
  });
  it('trusts the dev server only on loopback and only in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('http://evil.example:5173/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://192.168.1.5:5173')).toBe(false);
  });
  it('refuses the network and junk', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      expect(isTrustedRendererUrl(url, undefined)).toBe(false);
    }
  });
});
