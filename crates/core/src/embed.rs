//! Options of the embedded calculator (`/embed.html?…`, written by `embed.js`): each checked here, an invalid one
//! ignored with a warning. Scenario values (`credits`, `currency`, …) in the same query string are read as a link.
//! Also what the host page's loader tells the frame while it runs (`Visible`, where the answer bar goes).

use std::fmt;

/// How the embedded calculator looks and whom it tells its height.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `light`, `dark` or `auto` (follow the visitor's system; the default).
    pub theme: Option<Theme>,
    /// An accent colour, `#RRGGBB`.
    pub accent: Option<String>,
    /// A BCP 47 locale for numbers (`de-DE`); the visitor's browser locale when absent.
    pub locale: Option<String>,
    /// The host page's origin (`https://agency.example`): the only one the calculator's height is posted to, and
    /// the only one whose messages (`Visible`) the frame reads.
    pub origin: Option<String>,
    /// The sections offered below the calculator (`sections=cash,profit`); none by default.
    pub sections: Offered,
    /// `background=transparent`: the host page shows through around the calculator's cards.
    pub background: Background,
}

/// A section below the calculator an embed can offer, by its stable name in `data-sections` (the same sections,
/// titles and order as the full page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// "Credits and cash: what you pay out of pocket".
    Cash,
    /// "Profit and break-even: did it pay?".
    Profit,
    /// "Plan a campaign: what a budget buys".
    Plan,
    /// "Credit wallet: when your credits run out".
    Wallet,
    /// "Is a “spend X, get Y” offer worth it?".
    Offer,
}

impl Section {
    /// In the page's order.
    pub const ALL: [Section; 5] = [Section::Cash, Section::Profit, Section::Plan, Section::Wallet, Section::Offer];

    /// The name a host writes in `data-sections`: stable, never renamed.
    pub const fn name(self) -> &'static str {
        match self {
            Section::Cash => "cash",
            Section::Profit => "profit",
            Section::Plan => "plan",
            Section::Wallet => "wallet",
            Section::Offer => "offer",
        }
    }

    /// The section of a name, ignoring ASCII case and surrounding spaces.
    pub fn from_name(name: &str) -> Option<Section> {
        let name = name.trim();
        Section::ALL.into_iter().find(|s| s.name().eq_ignore_ascii_case(name))
    }

    const fn bit(self) -> u8 {
        match self {
            Section::Cash => 0b1,
            Section::Profit => 0b10,
            Section::Plan => 0b100,
            Section::Wallet => 0b1000,
            Section::Offer => 0b1_0000,
        }
    }
}

/// Which sections are offered: a set, always shown in the page's order whatever order they were listed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offered(u8);

impl Offered {
    pub const NONE: Offered = Offered(0);
    /// The full page: every section.
    pub const ALL: Offered = Offered(0b1_1111);

    pub const fn with(self, section: Section) -> Offered {
        Offered(self.0 | section.bit())
    }

    pub const fn without(self, section: Section) -> Offered {
        Offered(self.0 & !section.bit())
    }

    pub const fn has(self, section: Section) -> bool {
        self.0 & section.bit() != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The offered sections, in the page's order.
    pub fn sections(self) -> impl Iterator<Item = Section> {
        Section::ALL.into_iter().filter(move |s| self.has(*s))
    }

    /// `cash,profit`: the value of `data-sections` (empty when none).
    pub fn names(self) -> String {
        self.sections().map(Section::name).collect::<Vec<_>>().join(",")
    }

    /// Reads a comma-separated list; every name that is not a section is said, and the rest still apply.
    fn read(list: &str, ignored: &mut Vec<Ignored>) -> Offered {
        let mut offered = Offered::NONE;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match Section::from_name(name) {
                Some(section) => offered = offered.with(section),
                None if ["compare", "import"].iter().any(|n| n.eq_ignore_ascii_case(name)) => {
                    ignored.push(Ignored::NeedsSaved(name.to_ascii_lowercase()))
                }
                None => ignored.push(Ignored::Section(name.chars().take(40).collect())),
            }
        }
        offered
    }
}

/// The page's background behind the calculator's cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Background {
    /// The calculator's own (light or dark grey).
    #[default]
    Own,
    /// None: the host page shows through; every text still sits on the calculator's own cards.
    Transparent,
}

/// Every section's name, as the console lists them (a test checks it against `Section::ALL`).
pub const SECTION_NAMES: &str = "cash, profit, plan, wallet, offer";

/// What the embed ignored, said in the browser's console (a host's developer reads it; visitors never see it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    /// An option whose value does not read (`theme=pink`).
    Option { key: String, value: String },
    /// A locale that looks right but that this browser does not know.
    Locale(String),
    /// A name in `sections` that is not a section.
    Section(String),
    /// `compare` or `import` in `sections`: they work on saved scenarios, which an embedded calculator does not keep.
    NeedsSaved(String),
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ignored::Option { key, value } => write!(f, "adcredit embed: ignored the invalid option {key}={value:?}"),
            Ignored::Locale(locale) => {
                write!(f, "adcredit embed: ignored the locale {locale:?}, which this browser does not know")
            }
            Ignored::Section(name) => write!(
                f,
                "adcredit embed: ignored the unknown section {name:?} in sections (the sections are {SECTION_NAMES})"
            ),
            Ignored::NeedsSaved(name) => write!(
                f,
                "adcredit embed: ignored the section {name:?}: it works on saved scenarios, which an embedded \
                 calculator does not keep"
            ),
        }
    }
}

/// The message type the host page's loader posts to the frame: `{type: "adcredit:visible", top, bottom}`.
pub const VISIBLE_MESSAGE: &str = "adcredit:visible";

/// The part of the embedded calculator the visitor sees, in whole CSS pixels from the top of the frame's viewport,
/// as the host page's loader reports it (the host's visual viewport, so a phone's keyboard is left out, intersected
/// with the iframe). An auto-height iframe is as tall as its content, so `position: fixed` inside it would pin the
/// answer bar to the bottom of the whole calculator; the bar goes at `bottom` instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visible {
    pub top: u32,
    pub bottom: u32,
}

impl Visible {
    /// Reads a message's fields (`None` where a field is absent or not a number): the visible part, its top clamped
    /// to the frame's top, or `None` for any other message, a part not in order, or one above the frame. The
    /// stylesheet clamps the bottom to the frame's height as it is when the bar is drawn (the host may have just
    /// resized the frame).
    pub fn read(kind: Option<&str>, top: Option<f64>, bottom: Option<f64>) -> Option<Visible> {
        let (top, bottom) = (top?, bottom?);
        if kind != Some(VISIBLE_MESSAGE) || !top.is_finite() || !bottom.is_finite() || top >= bottom {
            return None;
        }
        // Clamped into the range of `u32` before the casts, so each is exact (and NaN was refused above).
        let clamp = |y: f64| y.clamp(0.0, f64::from(u32::MAX)) as u32;
        let visible = Visible { top: clamp(top.ceil()), bottom: clamp(bottom.floor()) };
        (visible.bottom > visible.top).then_some(visible)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub const fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl EmbedOptions {
    /// Reads the options from a query string; returns them and what was ignored, to be said in the console.
    pub fn from_query(query: &str) -> (EmbedOptions, Vec<Ignored>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut options = EmbedOptions::default();
        let mut warnings = Vec::new();
        for (key, value) in crate::link::pairs(query) {
            let ok = match key.as_str() {
                "theme" => match value.as_str() {
                    "light" => set(&mut options.theme, Theme::Light),
                    "dark" => set(&mut options.theme, Theme::Dark),
                    "auto" => true,
                    _ => false,
                },
                "accent" => is_hex_colour(&value) && set(&mut options.accent, value.clone()),
                "locale" => is_locale(&value) && set(&mut options.locale, value.clone()),
                "origin" => is_origin(&value) && set(&mut options.origin, value.clone()),
                "sections" => {
                    options.sections = Offered::read(&value, &mut warnings);
                    true
                }
                "background" => match value.as_str() {
                    "transparent" => set(&mut options.background, Background::Transparent),
                    _ => false,
                },
                _ => true,
            };
            if !ok {
                warnings.push(Ignored::Option { key, value });
            }
        }
        (options, warnings)
    }
}

fn set<T, V: Into<T>>(slot: &mut T, value: V) -> bool {
    *slot = value.into();
    true
}

fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text.bytes().skip(1).all(|b| b.is_ascii_hexdigit())
}

/// A plausible BCP 47 tag: a 2–3 letter language, then subtags of 2–8 letters or digits (the browser decides the rest).
fn is_locale(text: &str) -> bool {
    let mut parts = text.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && text.len() <= 35
}

/// `http(s)://host[:port]`, nothing after: what `location.origin` gives.
fn is_origin(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else { return false };
    !rest.is_empty()
        && rest.len() <= 253
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_options() {
        let (o, warnings) = EmbedOptions::from_query(
            "?embed=1&theme=dark&accent=%23FF0050&locale=de-DE&origin=http%3A%2F%2F127.0.0.1%3A4174&credits=5",
        );
        assert_eq!(warnings, Vec::<Ignored>::new());
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.accent.as_deref(), Some("#FF0050"));
        assert_eq!(o.locale.as_deref(), Some("de-DE"));
        assert_eq!(o.origin.as_deref(), Some("http://127.0.0.1:4174"));
        assert_eq!(EmbedOptions::from_query("theme=auto").0.theme, None);
    }

    #[test]
    fn invalid_options_are_ignored_with_a_warning() {
        let (o, warnings) = EmbedOptions::from_query(
            "theme=pink&accent=red&locale=<script>&origin=*&origin=javascript:alert(1)&origin=https://a.example/path",
        );
        assert_eq!(o, EmbedOptions::default());
        assert_eq!(warnings.len(), 6);
        assert_eq!(warnings[0].to_string(), r#"adcredit embed: ignored the invalid option theme="pink""#);
    }
}

/// What the "Embed this calculator" panel puts in a snippet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Starting values: the scenario on screen, if it is valid.
    pub scenario: Option<crate::Scenario>,
    /// The currency on screen, carried even when there are no values to start with.
    pub currency: crate::Currency,
    /// The calculator on screen is cleared: the embed starts empty too (in `currency`), not with the example.
    pub empty: bool,
    pub theme: Option<Theme>,
    /// `#RRGGBB`; anything else is left out.
    pub accent: Option<String>,
    /// A BCP 47 tag; anything that does not look like one is left out.
    pub locale: Option<String>,
    /// The sections offered below the calculator.
    pub sections: Offered,
    pub background: Background,
}

impl Snippet {
    /// The `data-*` options, in the loader's order; every value is checked, so none needs HTML escaping.
    fn options(&self) -> Vec<(&'static str, String)> {
        let mut options = Vec::new();
        if let Some(s) = &self.scenario {
            options.push(("currency", s.currency.code().to_string()));
            options.push(("credits", s.credits.normalize().to_string()));
            options.push(("impressions", s.impressions.to_string()));
            options.push(("clicks", s.clicks.to_string()));
            options.push(("conversions", s.conversions.to_string()));
            if let Some(revenue) = s.revenue {
                options.push(("revenue", revenue.normalize().to_string()));
            }
        } else {
            options.push(("currency", self.currency.code().to_string()));
            if self.empty {
                options.push(("start", "empty".to_string()));
            }
        }
        if let Some(theme) = self.theme {
            options.push(("theme", theme.name().to_string()));
        }
        if let Some(accent) = self.accent.as_ref().filter(|a| is_hex_colour(a)) {
            options.push(("accent", accent.clone()));
        }
        if let Some(locale) = self.locale.as_ref().filter(|l| is_locale(l)) {
            options.push(("locale", locale.clone()));
        }
        if !self.sections.is_empty() {
            options.push(("sections", self.sections.names()));
        }
        if self.background == Background::Transparent {
            options.push(("background", "transparent".to_string()));
        }
        options
    }

    /// The HTML a site adds: one element and the loader from `base` (the calculator's folder URL, ending in `/`).
    pub fn html(&self, base: &str) -> String {
        let attributes: String = self.options().iter().map(|(k, v)| format!(" data-{k}=\"{v}\"")).collect();
        format!("<div data-adcredit{attributes}></div>\n<script src=\"{base}embed.js\" async></script>")
    }

    /// The query string of `embed.html` that shows what the snippet shows (for a live preview).
    pub fn preview_query(&self) -> String {
        let options: String = self.options().iter().map(|(k, v)| format!("&{k}={}", v.replace('#', "%23"))).collect();
        format!("embed=1{options}")
    }
}

#[cfg(test)]
mod snippet_tests {
    use super::*;
    use crate::Draft;

    #[test]
    fn the_snippet_carries_every_valid_option() {
        let snippet = Snippet {
            scenario: Draft::default().parse().scenario(),
            theme: Some(Theme::Dark),
            accent: Some("#FF0050".into()),
            locale: Some("de-DE".into()),
            ..Snippet::default()
        };
        assert_eq!(
            snippet.html("https://calculator.example/"),
            "<div data-adcredit data-currency=\"USD\" data-credits=\"100\" data-impressions=\"50000\" data-clicks=\"2000\" \
             data-conversions=\"500\" data-theme=\"dark\" data-accent=\"#FF0050\" data-locale=\"de-DE\"></div>\n\
             <script src=\"https://calculator.example/embed.js\" async></script>"
        );
        assert_eq!(
            snippet.preview_query(),
            "embed=1&currency=USD&credits=100&impressions=50000&clicks=2000&conversions=500&theme=dark&accent=%23FF0050&locale=de-DE"
        );
    }

    #[test]
    fn a_revenue_is_carried_when_given() {
        let draft = Draft { revenue: "1000.50".into(), ..Draft::default() };
        let snippet = Snippet { scenario: draft.parse().scenario(), ..Snippet::default() };
        assert!(snippet.html("/").contains(r#" data-conversions="500" data-revenue="1000.5">"#));
    }

    #[test]
    fn a_cleared_calculator_gives_its_currency_and_an_empty_start() {
        let snippet = Snippet {
            currency: crate::Currency::Mxn,
            empty: true,
            theme: Some(Theme::Dark),
            locale: Some("es-MX".into()),
            ..Snippet::default()
        };
        assert_eq!(
            snippet.html("/"),
            "<div data-adcredit data-currency=\"MXN\" data-start=\"empty\" data-theme=\"dark\" data-locale=\"es-MX\"></div>\n\
             <script src=\"/embed.js\" async></script>"
        );
        // The embed reads it back as an empty calculator in pesos.
        let opened = crate::link::decode("?embed=1&currency=MXN&start=empty", "").unwrap().unwrap();
        assert_eq!(opened.draft, Draft::cleared(crate::Currency::Mxn));
        assert!(opened.notices.is_empty());
    }

    #[test]
    fn invalid_values_are_left_out() {
        let snippet =
            Snippet { accent: Some("red\"><script>".into()), locale: Some("<x>".into()), ..Snippet::default() };
        assert_eq!(
            snippet.html("/"),
            "<div data-adcredit data-currency=\"USD\"></div>\n<script src=\"/embed.js\" async></script>"
        );
    }
}
