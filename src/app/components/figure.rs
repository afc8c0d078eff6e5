//! A chart with its caption and source line.

use super::chart_canvas::ChartCanvas;
use crate::app::state::State;
use crate::charts::ChartId;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub id: ChartId,
    pub state: Rc<State>,
    /// The source line under the chart.
    pub source: AttrValue,
}

#[function_component]
pub fn Figure(p: &FigureProps) -> Html {
    let chart = Rc::new(p.id.build(&p.state.data, &p.state.report));
    html! {
        <figure class="figure" id={format!("fig-{}", p.id.slug())}>
            <ChartCanvas id={p.id} chart={chart} dark={p.state.dark} />
            <figcaption class="source">{ "Source: " }{ &p.source }</figcaption>
        </figure>
    }
}
