//! `sync explain` for people: the user's steps through the rule, numbered as Entra's
//! provision-on-demand trace numbers them (scope, mapping, match, plan), then the last
//! result the journal holds.

use crate::cli::output::{fields, render_table, table};
use crate::ops::explain::{Explanation, FilterStep, LastResult, PlanStep, ScopeStep};
use crate::ops::rfc3339;

pub(crate) fn render_explanation(e: &Explanation) -> String {
    let mut s = format!(
        "Rule {:?} -> connection {:?}, user {} ({}):\n",
        e.rule, e.connection, e.user.email, e.user.id
    );
    s.push_str(&format!("\n1. Scope: {}\n", e.scope.summary));
    s.push_str(&indented(&scope_fields(&e.scope, e)));
    s.push_str("\n2. Mapping:\n");
    s.push_str(&indented(&mapping_table(e)));
    s.push_str(&format!("\n3. Match: {}\n", e.matched.summary));
    s.push_str(&format!("\n4. Plan: {}\n", e.plan.summary));
    s.push_str(&indented(&plan_table(&e.plan)));
    s.push_str(&format!("\n5. Last result: {}\n", last_summary(&e.last)));
    s.push_str(&indented(&last_table(&e.last)));
    s
}

fn indented(block: &str) -> String {
    block
        .lines()
        .map(|l| format!("   {l}\n").replace("   \n", "\n"))
        .collect()
}

/// Names joined, or `none_word` when there are none.
fn listed_or(names: &[String], none_word: &str) -> String {
    match names.is_empty() {
        true => none_word.into(),
        false => names.join(", "),
    }
}

fn scope_fields(scope: &ScopeStep, e: &Explanation) -> String {
    let yes_no = |b: bool| if b { "matches" } else { "does not match" };
    let mut rows = vec![
        (
            "population",
            format!(
                "{} (the rule's: {}): {}",
                e.user.population,
                listed_or(&scope.populations, "any"),
                yes_no(scope.population_matches)
            ),
        ),
        (
            "groups",
            format!(
                "{} (the rule's: {}): {}",
                listed_or(&e.user.groups, "none"),
                listed_or(&scope.groups, "any"),
                yes_no(scope.group_matches)
            ),
        ),
    ];
    if let Some(f) = &scope.filter {
        rows.push(("filter", filter_line(f)));
        for v in &f.values {
            rows.push(("", format!("{} = {}", v.path, v.value)));
        }
    }
    fields(rows)
}

fn filter_line(f: &FilterStep) -> String {
    let answer = match (f.result, &f.error) {
        (Some(b), _) => b.to_string(),
        (None, Some(e)) => format!("error: {e}"),
        (None, None) => "not evaluated (the population or groups decided)".into(),
    };
    format!("{} -> {answer}", f.expression)
}

fn mapping_table(e: &Explanation) -> String {
    let mut t = table(["ATTRIBUTE", "EXPRESSION", "VALUE"]);
    for v in &e.mapping {
        let value = match (&v.value, &v.error) {
            (Some(value), _) => value.clone(),
            (None, Some(err)) => format!("error: {err}"),
            (None, None) => String::new(),
        };
        t.add_row([v.attribute.clone(), v.expression.clone(), value]);
    }
    render_table(&t)
}

fn plan_table(plan: &PlanStep) -> String {
    if plan.operations.is_empty() && plan.group_operations.is_empty() {
        return String::new();
    }
    let mut t = table(["OPERATION", "REASON"]);
    for o in &plan.operations {
        let reason = super::with_changes(&o.reason, &o.changes);
        t.add_row([o.action.kind().to_string(), reason.into_owned()]);
    }
    for g in &plan.group_operations {
        t.add_row([
            g.action.kind().to_string(),
            format!("group {:?}: {}", g.name, g.reason),
        ]);
    }
    render_table(&t)
}

fn last_summary(last: &LastResult) -> String {
    match &last.state {
        None => "no run of the rule has recorded a state for the user".into(),
        Some(s) => {
            let run = s.run_id.map(|r| format!(" by run {r}")).unwrap_or_default();
            let error = s
                .error
                .as_deref()
                .map(|e| format!(": {e}"))
                .unwrap_or_default();
            format!(
                "{}{run} ({}){error}",
                s.state.as_str(),
                rfc3339(s.updated_at)
            )
        }
    }
}

fn last_table(last: &LastResult) -> String {
    if last.operations.is_empty() {
        return String::new();
    }
    let mut t = table(["RUN", "OPERATION", "RESULT", "REASON / ERROR"]);
    for o in &last.operations {
        let e = &o.entry;
        let said = e
            .error
            .clone()
            .unwrap_or_else(|| super::with_changes(&e.reason, &e.changes).into_owned());
        t.add_row([
            o.run_id.to_string(),
            e.action.clone(),
            e.status.as_str().to_string(),
            said,
        ]);
    }
    render_table(&t)
}
