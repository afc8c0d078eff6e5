//! One component per section of the article, in its order.

pub mod capex;
pub mod cards;
pub mod cite;
pub mod cloud;
pub mod compute;
pub mod funding;
pub mod market;
pub mod method;
pub mod must;
pub mod scorecard;
pub mod sustainability;
pub mod week;

use crate::app::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// The dataset for sections that show only data (no assumptions): compared by pointer, so they
/// never re-render when a slider moves.
#[derive(Clone)]
pub struct DataRef(pub Rc<crate::dataset::Dataset>);

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProps {
    pub data: DataRef,
}

/// Cloud revenue in the full year 2025 (the article's floor), linked to its record: said in
/// the cloud section and again by the sustainability section, which divides by it.
fn revenue_2025(d: &crate::dataset::Dataset) -> Html {
    let figure = crate::model::format::usd_bn(d.cloud.full_year_2025.revenue);
    crate::app::components::cited(html! { figure }, "cloud", "full_year_2025", None)
}

/// What every section gets: the state to read and a way to change it.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}
