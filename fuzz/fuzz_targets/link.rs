//! Any query string and fragment: the link readers (a scenario's and a comparison's) never panic, and whatever they
//! open is a valid draft whose scenario, shared again, reopens the same. The embed's options in the same query string
//! (`EmbedOptions::from_query`) never panic either, and a snippet made of what they read reads back the same.
#![no_main]

use adcredit_core::embed::{EmbedOptions, Snippet};
use adcredit_core::link;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (query, fragment) = input;
    let (options, _) = EmbedOptions::from_query(query);
    let snippet = Snippet {
        theme: options.theme,
        accent: options.accent.clone(),
        locale: options.locale.clone(),
        sections: options.sections,
        background: options.background,
        ..Snippet::default()
    };
    let (again, ignored) = EmbedOptions::from_query(&snippet.preview_query());
    assert!(ignored.is_empty(), "a snippet's options all read: {ignored:?}");
    assert_eq!(again, EmbedOptions { origin: None, ..options });
    if let Ok(Some(opened)) = link::decode(query, fragment) {
        let scenario = opened.draft.parse().scenario().expect("a link always opens valid fields");
        let again = link::decode("", &link::encode(&scenario, &opened.name)).expect("a re-encoded link is short");
        assert_eq!(again.map(|o| o.draft.parse().scenario()), Some(Some(scenario)));
    }
    if let Ok(Some(compared)) = link::compare::decode_compare(fragment) {
        let pairs = compared.scenarios.iter().map(|l| (&l.scenario, l.name.as_str()));
        if let Ok(text) = link::compare::encode_compare(pairs) {
            let again = link::compare::decode_compare(&text).expect("short enough").expect("a compare link");
            let back: Vec<_> = again.scenarios.into_iter().map(|l| l.scenario).collect();
            assert_eq!(back, compared.scenarios.into_iter().map(|l| l.scenario).collect::<Vec<_>>());
        }
    }
});
