//! The ids of the dataset: every company and every cloud provider it speaks of, as enums.

use serde::Deserialize;

/// Every company the dataset speaks of. An enum, so that an id is spelled once (the data
/// files spell it in lower case, for serde and strum alike) and a typo in a data file is an
/// error naming its key ("companies[0].company: unknown variant `amazn`").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum CompanyId {
    OpenAi,
    Anthropic,
    XAi,
    CoreWeave,
    Amazon,
    Microsoft,
    Google,
    Meta,
    Nvidia,
    SoftBank,
}

/// The three cloud providers the article follows; validation requires each exactly once.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum ProviderId {
    Aws,
    Azure,
    Gcp,
}

impl CompanyId {
    /// The id as the data files spell it.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl ProviderId {
    /// The id as the data files spell it.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::fmt::Display for CompanyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for ProviderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
