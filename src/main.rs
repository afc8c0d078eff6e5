fn main() {
    yew::Renderer::<ai_infra_report::app::App>::new().render();
}
