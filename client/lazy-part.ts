/**
 * The parts of the form a witness may never use (replies, photos) load only when they are used,
 * so the first load stays small (docs/form.md, "How the form loads"). A part is its own hashed
 * script, added with its SRI integrity (the browser refuses a changed file), and its words in the
 * page's language are their own hashed catalogue asset, fetched with theirs. The build writes the
 * scripts' names and integrity into this script (`LAZY_PARTS`, scripts/dev/form-build.ts), and
 * the words' into the language's catalogue (`t.parts`), so the SRI of the main script and of the
 * catalogue covers both.
 */
import { partGlobal, type PartName, type PartText } from '../protocol/i18n/catalogue.js';
import { t } from './current-catalogue.js';

/** Each part's script: its hashed URL and SRI integrity, set by the build. */
declare const LAZY_PARTS: Record<PartName, { src: string; integrity: string }>;

const scripts = new Map<PartName, Promise<unknown>>();
const texts = new Map<string, Promise<unknown>>();

/** Forget a failed load, so the next try starts afresh (the witness may be back online). */
function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load();
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}

function loadScript(name: PartName): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LAZY_PARTS[name].src;
    script.integrity = LAZY_PARTS[name].integrity;
    script.onload = () => {
      const module = (globalThis as Record<string, unknown>)[partGlobal(name)];
      if (module) resolve(module);
      else reject(new Error(`part ${name}: no module`));
    };
    // A network failure or an integrity mismatch: the script did not run.
    script.onerror = () => {
      script.remove();
      reject(new Error(`part ${name}: not loaded`));
    };
    document.head.append(script);
  });
}

async function loadText(url: string, integrity: string): Promise<unknown> {
  const response = await fetch(url, { integrity });
  if (!response.ok) throw new Error(`part words ${response.status}`);
  return response.json();
}

/**
 * A part's module and its words in the current language; loaded once each. Rejects when either
 * cannot load: show `t.partFailed` and let the witness go on without the part or try again.
 */
export async function loadPart<M, N extends PartName = PartName>(name: N): Promise<{ module: M; text: PartText<N> }> {
  const words = t.parts[name];
  const [module, text] = await Promise.all([
    once(scripts, name, () => loadScript(name)),
    once(texts, words.file, () => loadText(`/assets/${words.file}`, words.integrity)),
  ]);
  return { module: module as M, text: text as PartText<N> };
}
