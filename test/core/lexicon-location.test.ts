/**
 * Where the editor may read a user lexicon from (issue 13): a repository's .vscode/settings.json must
 * not make Mechlens read, and show in Problems, a file outside the workspace; and in an untrusted
 * workspace the workspace's mechlens.lexicons is ignored.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lexiconSetting, resolveLexiconPath, type FolderLocation } from '../../src/core/lexicon/location';
import { LIMITS } from '../../src/core/limits';
import { ROOT } from '../support/lexicon';

const folder = (path: string, scheme = 'file', authority = ''): FolderLocation => ({ scheme, authority, path });
const WS = folder('/home/lab/paper');

function where(setting: string, folders: FolderLocation[] = [WS], base = folders[0]): string {
  const r = resolveLexiconPath(setting, base, folders);
  return r.ok ? `${r.location.scheme}://${r.location.authority}${r.location.path}` : `refused: ${r.reason}`;
}

describe('user lexicon locations', () => {
  it('reads paths inside the workspace folder', () => {
    assert.equal(where('lab/lexicon.json'), 'file:///home/lab/paper/lab/lexicon.json');
    assert.equal(where('./lab/../lexicon.json'), 'file:///home/lab/paper/lexicon.json');
    assert.equal(where('/home/lab/paper/.mechlens/extra.json'), 'file:///home/lab/paper/.mechlens/extra.json');
    assert.equal(where('file:///home/lab/paper/x%20y.json'), 'file:///home/lab/paper/x y.json');
    assert.equal(where('lab\\lexicon.json'), 'file:///home/lab/paper/lab/lexicon.json');
  });

  it('refuses anything outside it, however it is written', () => {
    for (const setting of [
      '../secrets.json', 'lab/../../secrets.json', '/etc/passwd', '/home/lab/paper-evil/x.json', '/home/lab',
      'file:///etc/passwd', 'file:///home/lab/paper/%2e%2e/secrets.json', 'file:///home/lab/paper/..%2fsecrets.json',
      '..\\..\\Windows\\win.ini', 'lab/..\\..\\x.json', 'vscode-remote://host/home/lab/paper/x.json', 'file://evil-host/home/lab/paper/x.json',
      'C:\\Users\\lab\\secrets.json', '', 'file:///home/lab/paper/%zz.json',
    ]) {
      assert.match(where(setting), /^refused: /, `"${setting}" was accepted as ${where(setting)}`);
    }
    assert.equal(where('../x.json'), 'refused: outside the workspace folders');
  });

  it('a path may point into another folder of the workspace', () => {
    const other = folder('/home/lab/shared');
    assert.equal(where('/home/lab/shared/lab.json', [WS, other]), 'file:///home/lab/shared/lab.json');
    assert.equal(where('../shared/lab.json', [WS, other]), 'file:///home/lab/shared/lab.json');
  });

  it('Windows drive letters compare without case; other workspaces keep their scheme', () => {
    const win = folder('/c:/Users/lab/paper');
    assert.equal(where('C:\\Users\\lab\\paper\\lab.json', [win]), 'file:///c:/Users/lab/paper/lab.json');
    assert.match(where('D:\\lab.json', [win]), /^refused/);
    const remote = folder('/home/lab/paper', 'vscode-remote', 'ssh-remote+box');
    assert.equal(where('lab.json', [remote]), 'vscode-remote://ssh-remote+box/home/lab/paper/lab.json');
    assert.match(where('/etc/passwd', [remote]), /^refused/);
  });

  it('whatever the setting, the result is refused or inside a folder (property)', () => {
    const segment = fc.constantFrom('..', '.', 'lab', 'paper', 'home', '', '%2e%2e', '..\\..', 'x.json');
    fc.assert(fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom('', '/', 'file://', 'file:///'), (parts, prefix) => {
      const r = resolveLexiconPath(prefix + parts.join('/'), WS, [WS]);
      if (!r.ok) return;
      assert.equal(r.location.scheme, 'file');
      assert.equal(r.location.authority, '');
      assert.ok(r.location.path === WS.path || r.location.path.startsWith(`${WS.path}/`), r.location.path);
      assert.ok(!r.location.path.split('/').includes('..'));
    }), { numRuns: 1000 });
  });

  it('an untrusted workspace ignores the workspace value of mechlens.lexicons', () => {
    const values = { defaultValue: [], globalValue: ['user.json'], workspaceValue: ['/etc/passwd'], workspaceFolderValue: ['folder.json'] };
    assert.deepEqual(lexiconSetting(values, true), { paths: ['folder.json'], fromUser: false });
    assert.deepEqual(lexiconSetting(values, false), { paths: ['user.json'], fromUser: true });
    assert.deepEqual(lexiconSetting({ defaultValue: [], workspaceValue: ['/etc/passwd'] }, false), { paths: [], fromUser: true });
    assert.deepEqual(lexiconSetting({ workspaceValue: ['a.json'] }, true), { paths: ['a.json'], fromUser: false });
    assert.deepEqual(lexiconSetting({ workspaceValue: 'a.json' as unknown as string[] }, true).paths, [], 'not a list: ignored');
    assert.deepEqual(lexiconSetting({ workspaceValue: ['a.json', 3 as unknown as string] }, true).paths, ['a.json']);
  });

  it('the user’s own settings may name a lexicon anywhere; the workspace’s only inside it', () => {
    const fromUser = lexiconSetting({ globalValue: ['/home/me/lab/lexicon.json'] }, true);
    assert.equal(fromUser.fromUser, true);
    const anywhere = resolveLexiconPath(fromUser.paths[0], WS, undefined);
    assert.deepEqual(anywhere, { ok: true, location: { scheme: 'file', authority: '', path: '/home/me/lab/lexicon.json' } });
    assert.equal(resolveLexiconPath('/home/me/lab/lexicon.json', WS, [WS]).ok, false);
  });

  it('package.json restricts mechlens.lexicons in untrusted workspaces', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['mechlens.lexicons']);
    assert.equal(pkg.contributes.configuration.properties['mechlens.maxFileSizeKB'].default, LIMITS.editorMaxFileKb, 'the editor default is the limits table’s');
  });
});
