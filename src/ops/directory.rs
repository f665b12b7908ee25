//! The directory: users, groups, populations, import and export.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::Context;
use crate::error::{Error, Result, Thing};
use crate::import_export::import::{self, changed_fields, Options, Problem};
use crate::import_export::{export, Format};
use crate::model::{
    new_id, validate_attribute_key, validate_collection_name, validate_email, validate_person_name,
    validate_username, Group, Population, User, DEFAULT_POPULATION,
};
use crate::progress::Progress;
pub(crate) use crate::store::UserFilter;
use crate::store::{self, now};

/// Finds one user by id, email or username.
pub(crate) fn find_user(ctx: &Context, key: &str) -> Result<User> {
    let mut found = ctx.store.find_users(key)?;
    match found.len() {
        0 => {
            let all = ctx.store.users(&UserFilter::default())?;
            let emails = all.iter().map(|u| u.email.as_str());
            Err(Error::not_found_among(Thing::User, key, emails))
        }
        1 => Ok(found.remove(0)),
        _ if found[0].id == key => Ok(found.remove(0)),
        _ => Err(Error::AmbiguousUser {
            key: key.to_string(),
            matches: found
                .iter()
                .map(|u| format!("{} ({})", u.email, u.id))
                .collect(),
        }),
    }
}

fn population_exists(ctx: &Context, name: &str) -> Result<String> {
    let all = ctx.store.populations()?;
    match all.iter().find(|p| p.name.eq_ignore_ascii_case(name)) {
        Some(p) => Ok(p.name.clone()),
        None => {
            let names = all.iter().map(|p| p.name.as_str());
            Err(Error::not_found_among(Thing::Population, name, names))
        }
    }
}

/// The directory group `name`; an error suggests the name probably meant.
pub(super) fn find_group(ctx: &Context, name: &str) -> Result<Group> {
    match ctx.store.find_group(name)? {
        Some(group) => Ok(group),
        None => {
            let all = ctx.store.groups()?;
            let names = all.iter().map(|g| g.name.as_str());
            Err(Error::not_found_among(Thing::Group, name, names))
        }
    }
}

/// Writes a user row (and its groups when `groups` is given), inside one transaction.
fn save_user(ctx: &mut Context, user: &User, groups: Option<&[String]>) -> Result<()> {
    ctx.store.write(|tx| {
        let population_id = *store::population_ids(tx)?
            .get(&user.population.to_lowercase())
            .ok_or_else(|| Error::not_found(Thing::Population, &user.population))?;
        store::upsert_user(tx, user, population_id)?;
        if let Some(groups) = groups {
            store::set_user_groups(tx, &user.id, groups)?;
        }
        Ok(())
    })
}

/// Attribute changes from the command line: `Some(v)` sets, `None` removes.
pub(crate) type AttributeChanges = BTreeMap<String, Option<String>>;

fn apply_attributes(user: &mut User, changes: &AttributeChanges) -> Result<()> {
    for (k, v) in changes {
        validate_attribute_key(k)?;
        match v {
            Some(v) if !v.is_empty() => {
                user.attributes.insert(k.clone(), v.clone());
            }
            _ => {
                user.attributes.remove(k);
            }
        }
    }
    Ok(())
}

/// A user as `directory user add` describes it.
#[derive(Clone, Debug, Default)]
pub(crate) struct NewUser {
    pub(crate) email: String,
    pub(crate) username: Option<String>,
    pub(crate) given_name: Option<String>,
    pub(crate) surname: Option<String>,
    pub(crate) population: Option<String>,
    pub(crate) disabled: bool,
    pub(crate) attributes: AttributeChanges,
}

fn validate_profile(user: &User) -> Result<()> {
    validate_email(&user.email)?;
    validate_username(&user.username)?;
    validate_person_name("given name", &user.given_name)?;
    validate_person_name("surname", &user.surname)?;
    Ok(())
}

pub(crate) fn user_add(ctx: &mut Context, new: NewUser) -> Result<User> {
    let population =
        population_exists(ctx, new.population.as_deref().unwrap_or(DEFAULT_POPULATION))?;
    let t = now();
    let mut user = User {
        id: new_id("u-"),
        username: new.username.unwrap_or_else(|| new.email.clone()),
        email: new.email,
        given_name: new.given_name.unwrap_or_default(),
        surname: new.surname.unwrap_or_default(),
        enabled: !new.disabled,
        population,
        attributes: BTreeMap::new(),
        groups: Vec::new(),
        provenance: None,
        created_at: t,
        updated_at: t,
    };
    apply_attributes(&mut user, &new.attributes)?;
    validate_profile(&user)?;
    save_user(ctx, &user, None)?;
    Ok(user)
}

pub(crate) fn user_list(ctx: &Context, filter: &UserFilter) -> Result<Vec<User>> {
    if let Some(p) = &filter.population {
        population_exists(ctx, p)?;
    }
    if let Some(g) = &filter.group {
        find_group(ctx, g)?;
    }
    ctx.store.users(filter)
}

/// What `directory user set` changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserChanges {
    pub(crate) email: Option<String>,
    pub(crate) username: Option<String>,
    pub(crate) given_name: Option<String>,
    pub(crate) surname: Option<String>,
    pub(crate) population: Option<String>,
    pub(crate) enabled: Option<bool>,
    pub(crate) attributes: AttributeChanges,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct UserUpdate {
    pub(crate) user: User,
    pub(crate) changed: Vec<String>,
}

pub(crate) fn user_set(ctx: &mut Context, key: &str, changes: UserChanges) -> Result<UserUpdate> {
    let before = find_user(ctx, key)?;
    let mut user = before.clone();
    if let Some(v) = changes.email {
        user.email = v;
    }
    if let Some(v) = changes.username {
        user.username = v;
    }
    if let Some(v) = changes.given_name {
        user.given_name = v;
    }
    if let Some(v) = changes.surname {
        user.surname = v;
    }
    if let Some(v) = changes.population {
        user.population = population_exists(ctx, &v)?;
    }
    if let Some(v) = changes.enabled {
        user.enabled = v;
    }
    apply_attributes(&mut user, &changes.attributes)?;
    validate_profile(&user)?;
    let changed = changed_fields(&before, &user);
    if !changed.is_empty() {
        user.updated_at = now();
        save_user(ctx, &user, None)?;
    }
    Ok(UserUpdate { user, changed })
}

/// A directory user about to be deleted, and the rules that link it to a Dropbox member
/// (their next runs deprovision that member, as their connections say).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct UserDeletion {
    #[serde(flatten)]
    pub(crate) user: User,
    pub(crate) linked_by: Vec<String>,
}

/// What deleting the user `key` would do; nothing is changed.
pub(crate) fn user_deletion(ctx: &Context, key: &str) -> Result<UserDeletion> {
    let user = find_user(ctx, key)?;
    let linked_by = ctx.store.rules_linking(&user.id)?;
    Ok(UserDeletion { user, linked_by })
}

pub(crate) fn user_delete(ctx: &mut Context, deletion: &UserDeletion) -> Result<()> {
    ctx.store
        .write(|tx| store::delete_user(tx, &deletion.user.id))
}

pub(crate) fn group_list(ctx: &Context) -> Result<Vec<Group>> {
    ctx.store.groups()
}

pub(crate) fn group_create(ctx: &mut Context, name: &str) -> Result<Group> {
    validate_collection_name("group", name)?;
    let id = new_id("g-");
    ctx.store.write(|tx| store::insert_group(tx, &id, name))?;
    find_group(ctx, name)
}

pub(crate) fn group_rename(ctx: &mut Context, old: &str, new: &str) -> Result<Group> {
    validate_collection_name("group", new)?;
    let group = find_group(ctx, old)?;
    ctx.store
        .write(|tx| store::rename_group(tx, &group.id, new))?;
    find_group(ctx, new)
}

/// A deleted directory group, and the outbound rules that provisioned it (their next
/// run deletes its Dropbox group).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct DeletedGroup {
    #[serde(flatten)]
    pub(crate) group: Group,
    pub(crate) provisioned_by: Vec<String>,
}

/// What deleting the group `name` would do; nothing is changed.
pub(crate) fn group_deletion(ctx: &Context, name: &str) -> Result<DeletedGroup> {
    let group = find_group(ctx, name)?;
    let provisioned_by = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| r.provision_groups.contains(&group.id))
        .map(|r| r.name)
        .collect();
    Ok(DeletedGroup {
        group,
        provisioned_by,
    })
}

pub(crate) fn group_delete(ctx: &mut Context, deletion: &DeletedGroup) -> Result<()> {
    ctx.store
        .write(|tx| store::delete_group(tx, &deletion.group.id))
}

pub(crate) fn group_members(ctx: &Context, name: &str) -> Result<Vec<User>> {
    let group = find_group(ctx, name)?;
    ctx.store.users(&UserFilter {
        group: Some(group.name),
        ..UserFilter::default()
    })
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct MembershipChange {
    pub(crate) group: String,
    /// Users whose membership changed.
    pub(crate) changed: Vec<String>,
    /// Users that already were (or were not) members.
    pub(crate) unchanged: Vec<String>,
}

/// Adds (`member = true`) or removes users; every user is resolved before anything changes.
pub(crate) fn group_set_members(
    ctx: &mut Context,
    name: &str,
    keys: &[String],
    member: bool,
) -> Result<MembershipChange> {
    let group = find_group(ctx, name)?;
    let users = keys
        .iter()
        .map(|k| find_user(ctx, k))
        .collect::<Result<Vec<_>>>()?;
    let (changed, unchanged) = ctx.store.write(|tx| {
        let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
        for u in &users {
            if store::set_membership(tx, &group.id, &u.id, member)? {
                changed.push(u.email.clone());
            } else {
                unchanged.push(u.email.clone());
            }
        }
        Ok((changed, unchanged))
    })?;
    Ok(MembershipChange {
        group: group.name,
        changed,
        unchanged,
    })
}

pub(crate) fn population_list(ctx: &Context) -> Result<Vec<Population>> {
    ctx.store.populations()
}

pub(crate) fn population_create(ctx: &mut Context, name: &str) -> Result<Population> {
    validate_collection_name("population", name)?;
    ctx.store
        .write(|tx| store::insert_population(tx, name).map(|_| ()))?;
    Ok(ctx
        .store
        .populations()?
        .into_iter()
        .find(|p| p.name == name)
        .expect("just created"))
}

/// The population `name`, when it may be deleted (empty, used by no rule, not the
/// default); nothing is changed.
pub(crate) fn population_deletion(ctx: &Context, name: &str) -> Result<Population> {
    let canonical = population_exists(ctx, name)?;
    let population = ctx
        .store
        .populations()?
        .into_iter()
        .find(|p| p.name == canonical)
        .expect("exists");
    if population.name == DEFAULT_POPULATION {
        return Err(Error::DefaultPopulation);
    }
    let users_of: Vec<String> = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| {
            r.populations
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&population.name))
        })
        .map(|r| r.name)
        .collect();
    if !users_of.is_empty() {
        return Err(Error::InUse {
            thing: Thing::Population,
            name: population.name,
            rules: users_of,
        });
    }
    if population.users > 0 {
        return Err(Error::PopulationNotEmpty {
            name: population.name,
            users: population.users,
        });
    }
    Ok(population)
}

pub(crate) fn population_delete(ctx: &mut Context, population: &Population) -> Result<()> {
    ctx.store
        .write(|tx| store::delete_population(tx, &population.name))
}

/// What `directory import` is asked to do.
#[derive(Clone, Debug)]
pub struct ImportRequest<'a> {
    pub path: &'a Path,
    pub format: Option<Format>,
    pub options: Options,
    pub dry_run: bool,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct UpdatedUser {
    pub(crate) email: String,
    pub(crate) fields: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ImportReport {
    pub(crate) file: String,
    pub(crate) format: Format,
    pub(crate) dry_run: bool,
    pub created: usize,
    pub(crate) updated: usize,
    pub unchanged: usize,
    pub(crate) deleted: usize,
    /// Users of the file's populations it does not mention, kept (without `--replace`).
    #[serde(skip_serializing_if = "is_zero")]
    pub(crate) absent: usize,
    pub(crate) populations_created: Vec<String>,
    pub(crate) groups_created: Vec<String>,
    pub(crate) created_users: Vec<String>,
    pub(crate) updated_users: Vec<UpdatedUser>,
    pub(crate) deleted_users: Vec<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn problems_error(file: &str, problems: Vec<Problem>) -> Error {
    let unknown_population = problems
        .iter()
        .any(|p| p.message.starts_with("unknown population"));
    Error::ImportRejected {
        file: file.to_string(),
        count: problems.len(),
        problems: crate::import_export::import::grouped(&problems),
        unknown_population,
    }
}

/// Reads, checks and (unless a dry run) writes an import, all or nothing; each of the
/// three steps is reported to `progress`.
pub fn import(
    ctx: &mut Context,
    request: ImportRequest<'_>,
    progress: &dyn Progress,
) -> Result<ImportReport> {
    let (name, format, records, problems) = read_file(&request, progress)?;
    if let Some(p) = &request.options.population {
        population_exists(ctx, p).map(|_| ()).or_else(|e| {
            if request.options.create_populations {
                Ok(validate_collection_name("population", p)?)
            } else {
                Err(e)
            }
        })?;
    }
    let plan = plan_import(ctx, &name, &records, problems, &request.options, progress)?;
    if !request.dry_run {
        write_import(ctx, &plan, progress)?;
    }
    Ok(import_report(name, format, request.dry_run, plan))
}

/// The file's name (`stdin` for `-`), format, records and problems of form.
fn read_file(
    request: &ImportRequest<'_>,
    progress: &dyn Progress,
) -> Result<(String, Format, Vec<import::Record>, Vec<import::Problem>)> {
    let path = request.path;
    let stdin = path == Path::new("-");
    let name = if stdin {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let format = match request.format.or_else(|| Format::from_path(path)) {
        Some(f) => f,
        None => return Err(Error::UnknownFormat { file: name }),
    };
    progress.begin(&format!("reading {name}"), 0);
    let (records, problems) = if stdin {
        import::read(&name, std::io::stdin().lock(), format)
    } else {
        let file = std::fs::File::open(path).map_err(|source| Error::ImportOpen {
            file: name.clone(),
            source,
        })?;
        import::read(&name, file, format)
    };
    progress.end();
    Ok((name, format, records, problems))
}

/// What the records do to the directory, or every problem of the file (those of form
/// first).
fn plan_import(
    ctx: &mut Context,
    name: &str,
    records: &[import::Record],
    mut problems: Vec<import::Problem>,
    options: &Options,
    progress: &dyn Progress,
) -> Result<import::Plan> {
    let users = ctx.store.users(&UserFilter::default())?;
    let populations: Vec<String> = ctx
        .store
        .populations()?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let groups: Vec<String> = ctx.store.groups()?.into_iter().map(|g| g.name).collect();
    ctx.store.cache_for_bulk_writes()?;
    progress.begin(&format!("checking {} rows", records.len()), 0);
    let plan = import::plan(name, records, &users, &populations, &groups, options, now());
    progress.end();
    match plan {
        Ok(plan) if problems.is_empty() => Ok(plan),
        Ok(_) => Err(problems_error(name, problems)),
        Err(more) => {
            problems.extend(more);
            Err(problems_error(name, problems))
        }
    }
}

/// Writes an import's plan in one transaction: new populations and groups, deletions,
/// then each created or updated user (its groups only when they changed).
fn write_import(ctx: &mut Context, plan: &import::Plan, progress: &dyn Progress) -> Result<()> {
    let total = plan.creates.len() + plan.updates.len() + plan.deletes.len();
    progress.begin("writing users", total as u64);
    ctx.store.write(|tx| {
        for p in &plan.new_populations {
            store::insert_population(tx, p)?;
        }
        for g in &plan.new_groups {
            store::insert_group(tx, &new_id("g-"), g)?;
        }
        let population_ids = store::population_ids(tx)?;
        let group_ids = store::group_ids(tx)?;
        for u in &plan.deletes {
            store::delete_user(tx, &u.id)?;
            progress.advance(1);
        }
        let changed = plan.creates.iter().map(|u| (None, u)).chain(
            plan.updates
                .iter()
                .map(|(before, after)| (Some(before), after)),
        );
        for (before, user) in changed {
            let population_id = population_ids[&user.population.to_lowercase()];
            store::upsert_user(tx, user, population_id)?;
            let groups_changed =
                before.map_or(!user.groups.is_empty(), |b| b.groups != user.groups);
            if groups_changed {
                let ids: Vec<String> = user
                    .groups
                    .iter()
                    .map(|g| group_ids[&g.to_lowercase()].clone())
                    .collect();
                store::set_user_groups(tx, &user.id, &ids)?;
            }
            progress.advance(1);
        }
        Ok(())
    })?;
    progress.end();
    Ok(())
}

fn import_report(name: String, format: Format, dry_run: bool, plan: import::Plan) -> ImportReport {
    ImportReport {
        file: name,
        format,
        dry_run,
        created: plan.creates.len(),
        updated: plan.updates.len(),
        unchanged: plan.unchanged,
        deleted: plan.deletes.len(),
        absent: plan.absent,
        created_users: plan.creates.iter().map(|u| u.email.clone()).collect(),
        updated_users: plan
            .updates
            .iter()
            .map(|(b, a)| UpdatedUser {
                email: a.email.clone(),
                fields: changed_fields(b, a),
            })
            .collect(),
        deleted_users: plan.deletes.iter().map(|u| u.email.clone()).collect(),
        populations_created: plan.new_populations,
        groups_created: plan.new_groups,
    }
}

/// Writes every user (or one population's) to `out`.
pub fn export(
    ctx: &Context,
    population: Option<String>,
    format: Format,
    out: impl std::io::Write,
) -> Result<usize> {
    let users = user_list(
        ctx,
        &UserFilter {
            population,
            ..UserFilter::default()
        },
    )?;
    export::write(out, &users, format)?;
    Ok(users.len())
}
