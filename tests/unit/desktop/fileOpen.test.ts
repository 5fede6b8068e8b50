/** Files handed to Midad by the system: command lines, macOS open-file events, second launches. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FileOpenQueue, filesFromArgv, listenForOpenFile, type OpenFileAppLike } from '../../../electron/fileOpen';
import { bringToFront, claimSingleInstance, type SingleInstanceAppLike } from '../../../electron/singleInstance';

describe('files on the command line', () => {
  it('keeps the importable files, resolved against the launch folder, and drops the executable, switches and the app folder', () => {
    const argv = [
      '/opt/Midad/midad',
      '--no-sandbox',
      '.',
      'story.json',
      '/abs/page.HTML',
      'notes.txt',
      'photo.jpg',
      '--flag=x.json',
      'story.json',
    ];
    expect(filesFromArgv(argv, '/home/salma/Desktop')).toEqual([
      '/home/salma/Desktop/story.json',
      '/abs/page.HTML',
      '/home/salma/Desktop/notes.txt',
    ]);
  });

  it('finds nothing in a plain launch', () => {
    expect(filesFromArgv(['C:\\Program Files\\Midad\\Midad.exe'], 'C:\\')).toEqual([]);
    expect(filesFromArgv([], '/')).toEqual([]);
  });
});

describe('the file-open queue', () => {
  it('holds files that arrive on macOS before the app is ready and hands them over once, when it is', () => {
    const app = new EventEmitter();
    const queue = new FileOpenQueue();
    listenForOpenFile(app as unknown as OpenFileAppLike, queue);
    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    app.emit('open-file', event, '/Users/s/a.json');
    app.emit('open-file', event, '/Users/s/b.html');
    app.emit('open-file', event, '/Users/s/picture.png');
    expect(prevented).toBe(3);
    const received: string[][] = [];
    queue.attach((files) => received.push(files));
    expect(received).toEqual([['/Users/s/a.json', '/Users/s/b.html']]);
    app.emit('open-file', event, '/Users/s/c.txt');
    expect(received).toEqual([['/Users/s/a.json', '/Users/s/b.html'], ['/Users/s/c.txt']]);
  });
});

function fakeApp(gotLock: boolean) {
  const emitter = new EventEmitter();
  let quit = 0;
  const app: SingleInstanceAppLike = {
    requestSingleInstanceLock: () => gotLock,
    quit: () => void quit++,
    on: (event, listener) => emitter.on(event, listener),
  };
  return { app, emitter, quits: () => quit };
}

describe('single instance', () => {
  it('a second launch quits at once', () => {
    const { app, quits } = fakeApp(false);
    expect(claimSingleInstance(app, () => {})).toBe(false);
    expect(quits()).toBe(1);
  });

  it('the first instance receives the files of each later launch', () => {
    const { app, emitter, quits } = fakeApp(true);
    const handed: string[][] = [];
    expect(claimSingleInstance(app, (files) => handed.push(files))).toBe(true);
    emitter.emit('second-instance', {}, ['/usr/bin/midad', '--enable-features=X', 'wire.txt'], '/tmp/in');
    emitter.emit('second-instance', {}, ['/usr/bin/midad'], '/tmp');
    expect(handed).toEqual([['/tmp/in/wire.txt'], []]);
    expect(quits()).toBe(0);
  });

  it('brings a minimised window back to the front', () => {
    const calls: string[] = [];
    const window = {
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    bringToFront(window);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
