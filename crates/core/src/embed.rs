//! Options of the embedded calculator (`/embed.html?…`, written by `embed.js`): each checked here, an invalid one
//! ignored with a warning. Scenario values (`credits`, `currency`, …) in the same query string are read as a link.

/// How the embedded calculator looks and whom it tells its height.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `light`, `dark` or `auto` (follow the visitor's system; the default).
    pub theme: Option<Theme>,
    /// An accent colour, `#RRGGBB`.
    pub accent: Option<String>,
    /// A BCP 47 locale for numbers (`de-DE`); the visitor's browser locale when absent.
    pub locale: Option<String>,
    /// The host page's origin (`https://agency.example`): the only one the calculator's height is posted to.
    pub origin: Option<String>,
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
    /// Reads the options from a query string; returns them and a warning for each one ignored.
    pub fn from_query(query: &str) -> (EmbedOptions, Vec<String>) {
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
                _ => true,
            };
            if !ok {
                warnings.push(format!("adcredit embed: ignored the invalid option {key}={value:?}"));
            }
        }
        (options, warnings)
    }
}

fn set<T>(slot: &mut Option<T>, value: T) -> bool {
    *slot = Some(value);
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
        assert_eq!(warnings, Vec::<String>::new());
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
        assert_eq!(warnings[0], r#"adcredit embed: ignored the invalid option theme="pink""#);
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
