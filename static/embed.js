// The Ad Credit Calculator's embed loader. On a host page:
//   <div data-adcredit data-currency="EUR" data-credits="500" data-theme="dark"></div>
//   <script src="https://calculator.example/embed.js" async></script>
// Each [data-adcredit] element gets an iframe of the compact calculator. Options (all optional): data-currency,
// data-credits, data-impressions, data-clicks, data-conversions, data-revenue, data-name, data-theme (light, dark, auto),
// data-accent (#RRGGBB), data-locale (e.g. de-DE), data-start="empty" (start with empty fields in data-currency
// instead of the example). An invalid option is ignored with a console warning.
// The iframe reports its height to this page's origin only; only messages from the calculator's origin and from
// that very iframe are acted on.
(() => {
  const script = document.currentScript;
  const base = new URL('.', script ? script.src : location.href);
  const calculator = base.origin;
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
  };

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
    frame.src = new URL(`embed.html?${params}`, base).href;
    frame.title = 'TikTok ads credit calculator';
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write';
    Object.assign(frame.style, { display: 'block', width: '100%', minHeight: '560px', border: '0' });
    host.append(frame);
    window.addEventListener('message', (event) => {
      if (event.origin !== calculator || event.source !== frame.contentWindow) return;
      const { type, height } = event.data || {};
      if (type !== 'adcredit:height' || !Number.isFinite(height)) return;
      frame.style.minHeight = '0';
      frame.style.height = `${Math.min(Math.max(Math.ceil(height), 200), 4000)}px`;
    });
  }
})();
