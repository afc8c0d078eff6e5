//! One component per section of the article, in its order.

pub mod capex;
pub mod cards;
pub mod cloud;
pub mod compute;
pub mod funding;
pub mod market;
pub mod method;
pub mod sustainability;
pub mod week;

use crate::app::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// What every section gets: the state to read and a way to change it.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}
