import { describe, expect, it } from 'vitest';
import { isRendererResourceUrl, isTrustedRendererUrl, type RendererEntry } from '../../../electron/main/trustedUrl';

const packaged: RendererEntry = { fileUrl: 'file:///opt/Spine%20Review/resources/app.asar/out/renderer/index.html' };
const development = (devServerUrl: string): RendererEntry => ({ ...packaged, devServerUrl });

describe('isTrustedRendererUrl', () => {
  it('trusts exactly the packaged renderer entry, with a hash or query for navigation within the page', () => {
    expect(isTrustedRendererUrl(packaged.fileUrl, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${packaged.fileUrl}#/study/3`, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${packaged.fileUrl}?tab=quality`, packaged)).toBe(true);
  });
  it('refuses every other file: URL (issue 13)', () => {
    for (const url of [
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/other.html',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/index.html.evil',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer-evil/index.html',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/assets/index.html',
      'file:///etc/passwd',
      'file:///home/user/Downloads/index.html',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/../../../../../../etc/passwd',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/%2e%2e/index.html',
      'file://evil-host/opt/Spine%20Review/resources/app.asar/out/renderer/index.html',
    ]) {
      expect(isTrustedRendererUrl(url, packaged), url).toBe(false);
    }
  });
  it('resolves `..` segments before comparing: one that normalises back to the entry is the entry', () => {
    expect(isTrustedRendererUrl('file:///opt/Spine%20Review/resources/app.asar/out/x/../renderer/index.html', packaged)).toBe(true);
  });
  it('trusts the dev server only on loopback and only in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', development('http://localhost:5173'))).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isTrustedRendererUrl('http://evil.example:5173/', development('http://localhost:5173'))).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', development('http://192.168.1.5:5173'))).toBe(false);
  });
  it('refuses the network and junk', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      expect(isTrustedRendererUrl(url, packaged)).toBe(false);
    }
  });
});

describe('isRendererResourceUrl', () => {
  it("loads the page's own files, under the entry's folder only", () => {
    expect(isRendererResourceUrl(packaged.fileUrl, packaged)).toBe(true);
    expect(isRendererResourceUrl('file:///opt/Spine%20Review/resources/app.asar/out/renderer/assets/index-abc.js', packaged)).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer-evil/x.js',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/../main/index.js',
      'file:///opt/Spine%20Review/resources/app.asar/out/renderer/assets/..%5C..%5Cmain%5Cindex.js',
      'https://example.com/x.js',
    ]) {
      expect(isRendererResourceUrl(url, packaged), url).toBe(false);
    }
  });
});
