//! The page's wasm binary: the app, rendered in the prerendered report's place (natively it is
//! never run: the build renders the page with `cargo run --bin export`).

/// Talc instead of Rust's default dlmalloc: a smaller wasm and faster allocation.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    ai_infra_report::app::browser::panic::install();
    // In the prerendered report's place (index.html carries the report at the article's
    // assumptions, src/prerender.rs); the app swaps itself in after its first render.
    match ai_infra_report::app::browser::app_root() {
        Some(root) => yew::Renderer::<ai_infra_report::app::App>::with_root(root).render(),
        None => yew::Renderer::<ai_infra_report::app::App>::new().render(),
    };
}
