// The Ad Credit Calculator's embed loader. On a host page:
//   <div data-adcredit data-currency="EUR" data-credits="500" data-theme="dark"></div>
//   <script src="https://calculator.example/embed.js" async></script>
// Each [data-adcredit] element gets an iframe of the compact calculator. Options (all optional): data-currency,
// data-credits, data-impressions, data-clicks, data-conversions, data-revenue, data-name, data-theme (light, dark, auto),
// data-accent (#RRGGBB), data-locale (e.g. de-DE), data-start="empty" (start with empty fields in data-currency
// instead of the example), data-sections="cash,profit" (the sections offered below the calculator, any of cash,
// profit, plan, wallet, offer; the calculator skips an unknown name with a console warning), data-background=
// "transparent" (this page shows through around the calculator's cards), data-lang (es, pt-BR, id, vi, ja, ar or en;
// default: this page's `lang`, else the visitor's language). An invalid option is ignored with a console warning.
// The iframe reports its height to this page's origin only; only messages from the calculator's origin and from
// that very iframe are acted on. In return this page tells the iframe, at the calculator's origin only, which part of
// it the visitor sees (the visual viewport: on a phone, without the keyboard), so that the calculator keeps its
// answer bar in view while a field has focus: {type: "adcredit:visible", top, bottom}, in the iframe's CSS pixels.
(() => {
  const script = document.currentScript;
  const base = new URL('.', script ? script.src : location.href);
  const calculator = base.origin;
  // The languages with pages of their own (scripts/post-build.mjs fills this in from static/l10n/); English is the root.
  const LANGS = [];
  // `data-lang`, else the host page's language, else the visitor's: the first one the calculator speaks.
  const language = (host) => {
    const wanted = [host.dataset.lang, document.documentElement.lang, ...(navigator.languages || [])];
    for (const tag of wanted.filter(Boolean)) {
      const primary = String(tag).split(/[-_]/)[0].toLowerCase();
      if (primary === 'en') return null;
      const lang = LANGS.find((l) => l.split('-')[0].toLowerCase() === primary || (l === 'id' && primary === 'in'));
      if (lang) return lang;
      if (tag === host.dataset.lang) console.warn(`adcredit embed: no words in data-lang="${tag}"; using the page's language`);
    }
    return null;
  };
  const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'KRW', 'BRL', 'MXN', 'IDR', 'THB', 'VND'];
  const count = (v) => /^\d{1,14}$/.test(v);
  const checks = {
    currency: (v) => CURRENCIES.includes(v),
    credits: (v) => /^\d{1,13}(\.\d{1,2})?$/.test(v),
    impressions: count,
    clicks: count,
    conversions: count,
    revenue: (v) => /^\d{1,13}(\.\d{1,2})?$/.test(v),
    name: (v) => v.length <= 80,
    start: (v) => v === 'empty',
    theme: (v) => ['light', 'dark', 'auto'].includes(v),
    accent: (v) => /^#[0-9a-fA-F]{6}$/.test(v),
    locale: (v) => {
      try {
        return Intl.getCanonicalLocales(v).length === 1;
      } catch {
        return false;
      }
    },
    // Names are checked by the calculator, which says which it skipped.
    sections: (v) => /^[\w ,-]{0,200}$/.test(v),
    background: (v) => v === 'transparent',
  };

  const frames = [];
  // The part of an iframe inside the visual viewport, posted when it changed and the iframe is in view.
  const tell = (entry) => {
    const { frame } = entry;
    const view = window.visualViewport;
    const viewTop = view ? view.offsetTop : 0;
    const viewHeight = view ? view.height : window.innerHeight;
    const box = frame.getBoundingClientRect();
    const origin = box.top + frame.clientTop;
    const top = Math.round(viewTop - origin);
    const bottom = Math.round(viewTop + viewHeight - origin);
    if (!frame.contentWindow || bottom <= 0 || top >= frame.clientHeight || `${top},${bottom}` === entry.told) return;
    entry.told = `${top},${bottom}`;
    frame.contentWindow.postMessage({ type: 'adcredit:visible', top, bottom }, calculator);
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      frames.forEach(tell);
    });
  };
  const passive = { passive: true };
  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', schedule, passive);
  window.visualViewport?.addEventListener('resize', schedule, passive);
  window.visualViewport?.addEventListener('scroll', schedule, passive);

  for (const host of document.querySelectorAll('[data-adcredit]:not([data-adcredit-ready])')) {
    host.setAttribute('data-adcredit-ready', '');
    const params = new URLSearchParams({ embed: '1', origin: location.origin });
    for (const [key, valid] of Object.entries(checks)) {
      const value = host.dataset[key];
      if (value === undefined) continue;
      if (valid(value)) params.set(key, value);
      else console.warn(`adcredit embed: ignored the invalid option data-${key}="${value}"`);
    }
    const frame = document.createElement('iframe');
    const lang = language(host);
    frame.src = new URL(`${lang ? `${lang}/` : ''}embed.html?${params}`, base).href;
    frame.title = 'TikTok ads credit calculator';
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write';
    Object.assign(frame.style, { display: 'block', width: '100%', minHeight: '560px', border: '0' });
    if (params.get('background') === 'transparent') {
      frame.setAttribute('allowtransparency', 'true');
      // A frame whose colour scheme differs from its iframe element's gets an opaque backdrop: give the element the
      // theme's scheme.
      const theme = params.get('theme');
      frame.style.colorScheme = theme === 'dark' || theme === 'light' ? theme : 'light dark';
      frame.style.background = 'transparent';
    }
    host.append(frame);
    const entry = { frame, told: '' };
    frames.push(entry);
    frame.addEventListener('load', () => {
      entry.told = '';
      tell(entry);
    });
    window.addEventListener('message', (event) => {
      if (event.origin !== calculator || event.source !== frame.contentWindow) return;
      const { type, height } = event.data || {};
      if (type !== 'adcredit:height' || !Number.isFinite(height)) return;
      frame.style.minHeight = '0';
      frame.style.height = `${Math.min(Math.max(Math.ceil(height), 200), 4000)}px`;
      // The iframe's new height moves what is visible of it: tell it again.
      entry.told = '';
      tell(entry);
    });
  }
})();
