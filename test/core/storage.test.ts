import { expect } from '@open-wc/testing';
import { memoryAdapter, mirroredAdapter, parse, serialize, webStorageAdapter } from '../../src/core/storage.js';
import { createStore } from '../../src/core/store.js';

/** A Web Storage stand-in whose calls can be made to throw like a browser's. */
function fakeStorage() {
  const items = new Map<string, string>();
  const fails = { get: '', set: '', remove: '' };
  const fail = (name: string): never => {
    throw new DOMException('refused', name);
  };
  const storage = {
    getItem: (key: string) => (fails.get ? fail(fails.get) : (items.get(key) ?? null)),
    setItem: (key: string, value: string) => (fails.set ? fail(fails.set) : void items.set(key, value)),
    removeItem: (key: string) => (fails.remove ? fail(fails.remove) : void items.delete(key)),
  } as unknown as Storage;
  return { storage, items, fails };
}

describe('core/storage', () => {
  it('serializes to the documented JSON, version first', () => {
    expect(serialize({ textScale: 1.25, contrast: 1 })).to.equal('{"v":1,"textScale":1.25,"contrast":1}');
  });

  it('parses what it wrote', () => {
    expect(parse(serialize({ textScale: 2, contrast: -1 }))).to.deep.equal({ textScale: 2, contrast: -1 });
  });

  it('gives null for anything that is not a version-1 object', () => {
    const unreadable = [null, undefined, '', 'x', '{', '{"v":1', 'null', '1', '"s"', '[1]', '{}', '{"v":2}', '{"v":"1"}', '{"v":0}', '{"__proto__":{"v":1}}'];
    for (const raw of unreadable) expect(parse(raw), String(raw)).to.equal(null);
    expect(parse(`{"v":1,"pad":"${'x'.repeat(2000)}"}`), 'too long').to.equal(null);
  });

  it('keeps only own numeric fields: wrong types, extra and prototype keys are dropped', () => {
    expect(parse('{"v":1,"textScale":"2","contrast":true}')).to.deep.equal({});
    expect(parse('{"v":1,"textScale":1.5,"theme":"dark"}')).to.deep.equal({ textScale: 1.5 });
    expect(parse('{"v":1,"__proto__":{"textScale":2},"constructor":{"contrast":2},"contrast":1}')).to.deep.equal({ contrast: 1 });
    // Range is the settings' business: the raw numbers pass through to be snapped and clamped.
    expect(parse('{"v":1,"textScale":-4,"contrast":1e999}')).to.deep.equal({ textScale: -4, contrast: Infinity });
  });

  it('is not fooled by a polluted Object.prototype, and pollutes nothing itself', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.v = 1;
    proto.textScale = 2;
    try {
      expect(parse('{}')).to.equal(null);
      expect(parse('{"v":1}')).to.deep.equal({});
    } finally {
      delete proto.v;
      delete proto.textScale;
    }
    parse('{"v":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  describe('webStorageAdapter', () => {
    it('reads, writes and removes through the storage', () => {
      const { storage, items } = fakeStorage();
      const adapter = webStorageAdapter(() => storage);
      adapter.write('a');
      expect(items.get('legible')).to.equal('a');
      expect(adapter.read()).to.equal('a');
      adapter.remove();
      expect(items.has('legible')).to.equal(false);
      expect(adapter.read()).to.equal(null);
    });

    it('keeps the value in memory when the storage is missing or touching it throws', () => {
      for (const getStorage of [() => null, () => undefined]) {
        const adapter = webStorageAdapter(getStorage);
        expect(adapter.read()).to.equal(null);
        adapter.write('a');
        expect(adapter.read()).to.equal('a');
        adapter.remove();
        expect(adapter.read()).to.equal(null);
      }
      const throwing = webStorageAdapter(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      throwing.write('b');
      expect(throwing.read()).to.equal('b');
    });

    it('keeps a change the full storage refused, newer than what the storage still holds', () => {
      const { storage, items, fails } = fakeStorage();
      const adapter = webStorageAdapter(() => storage);
      adapter.write('old');
      fails.set = 'QuotaExceededError';
      adapter.write('new');
      expect(items.get('legible')).to.equal('old');
      expect(adapter.read()).to.equal('new');
      fails.set = '';
      adapter.write('newer');
      expect(items.get('legible')).to.equal('newer');
    });

    it('takes what another tab wrote from the storage event, even when it cannot read the storage', () => {
      const { storage, fails } = fakeStorage();
      const adapter = webStorageAdapter(() => storage);
      fails.get = fails.set = 'SecurityError';
      adapter.write('mine');
      adapter.remember('theirs');
      expect(adapter.read()).to.equal('theirs');
      adapter.remember(null);
      expect(adapter.read()).to.equal(null);
    });
  });

  describe('mirroredAdapter', () => {
    it('reads the primary first and the mirror only when the primary is empty; writes and removes both', () => {
      const primary = memoryAdapter();
      const mirror = memoryAdapter('from-mirror');
      const adapter = mirroredAdapter(primary, () => mirror);
      expect(adapter.read()).to.equal('from-mirror');
      adapter.write('x');
      expect([primary.read(), mirror.read(), adapter.read()]).to.deep.equal(['x', 'x', 'x']);
      mirror.write('other');
      expect(adapter.read()).to.equal('x');
      adapter.remove();
      expect([primary.read(), mirror.read()]).to.deep.equal([null, null]);
      expect(mirroredAdapter(primary, () => null).read()).to.equal(null);
    });
  });

  describe('a store over bad storage', () => {
    it('opens with the nearest valid settings or the defaults, and writes only at the next change', () => {
      const cases: [string, object][] = [
        ['{"v":1,"textScale":1.3,"contrast":7}', { textScale: 1.25, contrast: 2 }],
        ['{"v":1,"textScale":"2","contrast":-1}', { textScale: 1, contrast: -1 }],
        ['{"v":9,"textScale":2}', { textScale: 1, contrast: 0 }],
        ['garbage', { textScale: 1, contrast: 0 }],
      ];
      for (const [raw, expected] of cases) {
        const storage = memoryAdapter(raw);
        const store = createStore(storage);
        expect(store.get(), raw).to.deep.equal(expected);
        expect(storage.read(), 'reading never writes').to.equal(raw);
        store.increaseText();
        expect(parse(storage.read()), 'replaced at the next change').to.deep.equal(store.get());
      }
    });

    it("keeps its state when another tab's value is unreadable, and follows a readable one", () => {
      const storage = memoryAdapter('{"v":1,"textScale":1.5,"contrast":1}');
      const store = createStore(storage);
      storage.write('{"v":2,"textScale":2}');
      store.reload();
      expect(store.get()).to.deep.equal({ textScale: 1.5, contrast: 1 });
      storage.write('{"v":1,"contrast":2}');
      store.reload();
      expect(store.get(), 'missing fields are the defaults').to.deep.equal({ textScale: 1, contrast: 2 });
      storage.remove();
      store.reload();
      expect(store.get()).to.deep.equal({ textScale: 1, contrast: 0 });
    });
  });
});
