//! The HTTP client for the Dropbox team API: OAuth (refresh-token and authorization-code
//! grants), a token cache, retries with backoff and jitter, `Retry-After`, typed errors
//! for every status of `docs/dropbox-api.md`, and a request count.

mod auth;
mod calls;
mod client;
mod error;
pub(crate) mod groups;
mod job_pace;
mod limit;
pub mod members;
mod scopes;
mod transport;
pub mod types;

pub(crate) use auth::{authorize_url, exchange_code, Pkce};
pub use client::{Client, ClientSettings};
pub use error::{plain_words, ApiError, AuthError};
pub(crate) use limit::ConcurrencyReport;
pub use transport::{Delivered, NoObserver, Observer, RetryPolicy, Transport};
