//! Adapter: the page's language. The page names it (`<html lang>`, each language's page at its own address,
//! `/pt-BR/`) and carries its words (`<script type="text/plain" id="l10n">`, from the core's table); the visitor's
//! choice is kept in `localStorage` (read again, before anything paints, by the root page's `lang-*.js`), and
//! choosing another language opens that language's page with the same scenario.

use adcredit_core::l10n::{self, Lang, Words};
use leptos::prelude::{document, window};

use crate::intl;

/// Where the visitor's choice is kept (the root page's `lang-*.js` reads the same key).
const CHOICE: &str = "adcredit.lang";

/// Makes the page's language the core's (its words, from the table the page carries) and the locale numbers are
/// written in; returns it. Runs first, before anything is shown. A table that does not read (a page from another
/// build) leaves the page in English, said in the console, rather than say wrong words.
pub fn start() -> Lang {
    let tag = document().document_element().and_then(|html| html.get_attribute("lang")).unwrap_or_default();
    let Some(lang) = Lang::of_tag(&tag).filter(|lang| *lang != Lang::En) else {
        // English keeps the browser's own locale for numbers.
        return Lang::En;
    };
    let table = document().get_element_by_id("l10n").and_then(|script| script.text_content()).unwrap_or_default();
    // Read once per page: the words live as long as the page.
    match Words::read(lang, Box::leak(table.into_boxed_str())) {
        Ok(words) => l10n::set(Box::leak(Box::new(words))),
        Err(why) => web_sys::console::warn_1(&format!("adcredit: this page's words do not read ({why:?})").into()),
    }
    intl::set_locale(&lang.locale(visitor().iter().map(String::as_str)));
    lang
}

/// The visitor's languages, most wanted first (`navigator.languages`).
fn visitor() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|tag| tag.as_string()).collect()
}

/// The page's language.
pub fn current() -> Lang {
    l10n::current().lang()
}

/// The folder of the app's pages: this page's, without a language's folder (`/calc/pt-BR/` → `/calc/`).
pub fn base_path() -> String {
    let path = window().location().pathname().unwrap_or_default();
    let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
    let folder = Lang::ALL
        .into_iter()
        .find_map(|lang| folder.strip_suffix(lang.tag()).filter(|rest| rest.ends_with('/')))
        .unwrap_or(folder);
    format!("{}/", folder.trim_end_matches('/'))
}

/// The address of `lang`'s page (English: the root page).
pub fn page_of(lang: Lang) -> String {
    match lang {
        Lang::En => base_path(),
        other => format!("{}{}/", base_path(), other.tag()),
    }
}

/// Keeps `lang` as the visitor's choice and opens its page with the same scenario (the address's fragment).
pub fn choose(lang: Lang) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(CHOICE, lang.tag());
    }
    let hash = window().location().hash().unwrap_or_default();
    let _ = window().location().assign(&format!("{}{hash}", page_of(lang)));
}

/// The currency of the visitor's region (their browser's first language tag), when it says one.
pub fn region_currency() -> Option<adcredit_core::Currency> {
    visitor().first().and_then(|tag| adcredit_core::Currency::of_locale(tag))
}
