//! Owns [`Ids`], the seeded source of the ids the team hands out (member, account,
//! group and folder ids, cursors, job ids), so that a run with the same seed repeats. A leaf.

use rand::distr::Alphanumeric;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

pub(crate) struct Ids {
    rng: StdRng,
}

impl Ids {
    pub fn new(seed: u64) -> Self {
        Ids {
            rng: StdRng::seed_from_u64(seed),
        }
    }

    /// `prefix` followed by `len` random letters and digits.
    pub fn random(&mut self, prefix: &str, len: usize) -> String {
        let body: String = (&mut self.rng)
            .sample_iter(Alphanumeric)
            .take(len)
            .map(char::from)
            .collect();
        format!("{prefix}{body}")
    }

    /// `prefix` followed by `len` random lowercase hex digits (group ids: `g:` and 32).
    pub fn hex(&mut self, prefix: &str, len: usize) -> String {
        let body: String = (0..len)
            .map(|_| char::from(b"0123456789abcdef"[self.rng.random_range(0..16)]))
            .collect();
        format!("{prefix}{body}")
    }

    /// A folder id: a number of seven or eight digits, as Dropbox's are.
    pub fn folder_id(&mut self) -> String {
        self.rng.random_range(1_000_000u32..100_000_000).to_string()
    }
}
