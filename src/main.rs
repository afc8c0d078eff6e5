/// Talc instead of Rust's default dlmalloc: a smaller wasm and faster allocation.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    ai_infra_report::app::panic::install();
    yew::Renderer::<ai_infra_report::app::App>::new().render();
}
