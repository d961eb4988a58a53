//! Entry point: install the panic hook, then mount the app over the static skeleton of `index.html`.
//! (Natively there is no app: see the `cfg` at the top of `lib.rs`.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        adcredit::mount();
    }
}
