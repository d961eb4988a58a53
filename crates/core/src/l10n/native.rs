//! Every language's words straight from its module, for the native side: the tests, and the tables the build puts
//! into each language's pages (`tests/l10n.rs` writes them). The wasm never links this: it reads its table.

use super::{Lang, Msg, Text, Words};

/// The words of `lang` from its module.
pub const fn words_of(lang: Lang) -> fn(Msg) -> Text {
    match lang {
        Lang::En => super::en::words,
        Lang::Es => super::es::words,
        Lang::PtBr => super::pt_br::words,
        Lang::Id => super::id::words,
        Lang::Vi => super::vi::words,
        Lang::Ja => super::ja::words,
        Lang::Ar => super::ar::words,
    }
}

impl Words {
    /// `lang`'s words as its table gives them to the page.
    pub fn native(lang: Lang) -> Words {
        let words = words_of(lang);
        Words { lang, table: (lang != Lang::En).then(|| Msg::ALL.iter().map(|&m| words(m)).collect()) }
    }
}

/// The table of `lang`, as `static/l10n/<tag>.txt` holds it.
pub fn table_of(lang: Lang) -> String {
    super::table(lang, words_of(lang))
}

/// Runs `test` with `lang` as the thread's language, then puts English back.
pub fn with_lang<R>(lang: Lang, test: impl FnOnce() -> R) -> R {
    let words: &'static Words = Box::leak(Box::new(Words::native(lang)));
    super::set(words);
    let result = test();
    super::set(&super::ENGLISH);
    result
}
