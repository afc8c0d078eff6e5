//! The worker's entry point: Trunk builds this binary as the page's worker
//! (`data-type="worker"`); [`ai_infra_worker::listen`] does the work.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    ai_infra_worker::listen();
}
