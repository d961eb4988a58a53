//! Any query string and fragment: the link reader never panics, and whatever it opens is a valid draft whose
//! scenario, shared again, reopens the same.
#![no_main]

use adcredit_core::link;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (query, fragment) = input;
    if let Ok(Some(opened)) = link::decode(query, fragment) {
        let scenario = opened.draft.parse().scenario().expect("a link always opens valid fields");
        let again = link::decode("", &link::encode(&scenario, &opened.name)).expect("a re-encoded link is short");
        assert_eq!(again.map(|o| o.draft.parse().scenario()), Some(Some(scenario)));
    }
});
