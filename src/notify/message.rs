//! What the channels carry and how an attempt fails: shared by the webhook and the mail.

/// One notification, as every channel can carry it.
#[derive(Clone, Debug)]
pub(crate) struct Message {
    /// A mail's subject.
    pub(crate) subject: String,
    /// The text a person reads: a mail's body, and the webhook's `text`.
    pub(crate) text: String,
    /// The webhook's body (its `text` field included).
    pub(crate) json: serde_json::Value,
}

/// Whether an attempt's failure may pass if tried again (a refusal will not).
pub(crate) enum Failure {
    Transient(String),
    Permanent(String),
}
