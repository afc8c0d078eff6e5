fn main() {
    ai_infra_report::app::panic::install();
    yew::Renderer::<ai_infra_report::app::App>::new().render();
}
