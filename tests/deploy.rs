//! The deployment files keep their promises (issue 25, "beyond one machine"): every YAML
//! file under `deploy/` parses as Kubernetes objects; the CronJob runs `dbxprov -q sync
//! run --due` one run at a time (`Forbid`), without retries of Kubernetes' own; every home
//! is a directory below the mount of a ReadWriteOnce claim that is shipped, never the
//! volume's root, and the volume's modes are fixed on its first mount only; every
//! `DBXPROV_*` variable a container sets is one dbxprov reads (`settings::ENVIRONMENT`),
//! its overrides named after the team the manifest is for; every Secret key a pod reads is
//! in the shipped example, whose values are fake; the Containerfile builds the binary
//! without the `demo` feature. Then the CronJob's own script, run by `/bin/sh` as the
//! container would: with the real binary against the emulator (the exit code kept, the
//! metrics pushed after a failure too), and with a stand-in that waits (SIGTERM passed on).

use std::path::{Path, PathBuf};

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `.yaml` or `.yml` file under `deploy/`, at any depth.
fn yaml_files() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root().join("deploy")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// One Kubernetes object of a manifest, and the file it is in.
struct Object {
    file: String,
    doc: Yaml,
}

impl Object {
    fn kind(&self) -> &str {
        self.doc["kind"].as_str().unwrap_or_default()
    }

    fn name(&self) -> &str {
        self.doc["metadata"]["name"].as_str().unwrap_or_default()
    }

    fn at(&self) -> String {
        format!("{} {} ({})", self.kind(), self.name(), self.file)
    }
}

/// Every object of every manifest under `deploy/`: a file that does not parse, or a
/// document that is not an object with its apiVersion, kind and name, fails here.
fn objects() -> Vec<Object> {
    let files = yaml_files();
    assert!(!files.is_empty(), "no manifest under deploy/");
    let mut objects = Vec::new();
    for path in files {
        let file = path.strip_prefix(root()).unwrap().display().to_string();
        let docs = YamlLoader::load_from_str(&read(&path))
            .unwrap_or_else(|e| panic!("{file} is not YAML: {e}"));
        assert!(!docs.is_empty(), "{file} holds no document");
        for doc in docs {
            for field in ["apiVersion", "kind"] {
                assert!(
                    doc[field].as_str().is_some(),
                    "{file}: a document without {field}"
                );
            }
            let object = Object {
                file: file.clone(),
                doc,
            };
            assert!(
                !object.name().is_empty(),
                "{}: no metadata.name",
                object.at()
            );
            objects.push(object);
        }
    }
    objects
}

fn of_kind<'a>(objects: &'a [Object], kind: &str) -> Vec<&'a Object> {
    objects.iter().filter(|o| o.kind() == kind).collect()
}

/// The pod template of an object that makes pods (a Pod is its own).
fn pod_spec(object: &Object) -> Option<&Yaml> {
    let spec = &object.doc["spec"];
    let pod = match object.kind() {
        "Pod" => spec,
        "CronJob" => &spec["jobTemplate"]["spec"]["template"]["spec"],
        "Job" | "Deployment" | "StatefulSet" | "DaemonSet" => &spec["template"]["spec"],
        _ => return None,
    };
    assert!(!pod.is_badvalue(), "{}: no pod template", object.at());
    Some(pod)
}

/// The containers of a pod, init containers included.
fn containers(pod: &Yaml) -> Vec<&Yaml> {
    ["initContainers", "containers"]
        .iter()
        .flat_map(|field| pod[*field].as_vec().into_iter().flatten())
        .collect()
}

fn list(value: &Yaml) -> Vec<&Yaml> {
    value
        .as_vec()
        .map(|v| v.iter().collect())
        .unwrap_or_default()
}

/// A container's command and arguments, as one list of words.
fn argv(container: &Yaml) -> Vec<String> {
    list(&container["command"])
        .into_iter()
        .chain(list(&container["args"]))
        .map(|word| word.as_str().unwrap_or_default().to_string())
        .collect()
}

/// The plain value a container sets `name` to.
fn env_value<'a>(container: &'a Yaml, name: &str) -> Option<&'a str> {
    list(&container["env"])
        .into_iter()
        .find(|e| e["name"].as_str() == Some(name))
        .and_then(|e| e["value"].as_str())
}

/// Whether `name` is a variable dbxprov reads: an entry of `settings::ENVIRONMENT`, where
/// `<NAME>` stands for a connection's name as a variable spells it (capitals, digits, `_`).
/// With the `<NAME>` it stood for, if any.
fn read_by_dbxprov(name: &str) -> Option<Option<String>> {
    dbxprov::settings::ENVIRONMENT
        .iter()
        .find_map(|(pattern, _)| match pattern.split_once("<NAME>") {
            None => (*pattern == name).then_some(None),
            Some((before, after)) => {
                let middle = name.strip_prefix(before)?.strip_suffix(after)?;
                let spelled = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
                (!middle.is_empty() && middle.chars().all(spelled))
                    .then(|| Some(middle.to_string()))
            }
        })
}

/// A connection's name as its override variables spell it (`acme-eu` -> `ACME_EU`).
fn spelled_in_variables(connection: &str) -> String {
    connection
        .chars()
        .map(|c| match c.is_ascii_alphanumeric() {
            true => c.to_ascii_uppercase(),
            false => '_',
        })
        .collect()
}

#[test]
fn every_manifest_parses_and_the_three_objects_are_shipped() {
    let objects = objects();
    for kind in ["CronJob", "PersistentVolumeClaim", "Secret"] {
        assert!(
            !of_kind(&objects, kind).is_empty(),
            "no {kind} under deploy/"
        );
    }
}

#[test]
fn the_cronjob_runs_what_is_due_one_run_at_a_time_and_retries_at_the_next_tick() {
    let objects = objects();
    for cron in of_kind(&objects, "CronJob") {
        let spec = &cron.doc["spec"];
        let at = cron.at();
        assert_eq!(spec["concurrencyPolicy"].as_str(), Some("Forbid"), "{at}");
        assert!(spec["startingDeadlineSeconds"].as_i64().is_some(), "{at}");
        assert!(spec["schedule"].as_str().is_some(), "{at}");
        assert_eq!(
            spec["jobTemplate"]["spec"]["backoffLimit"].as_i64(),
            Some(0),
            "{at}"
        );
        let pod = pod_spec(cron).unwrap();
        assert_eq!(pod["restartPolicy"].as_str(), Some("Never"), "{at}");
        let runs = containers(pod)
            .into_iter()
            .filter(|c| argv(c).join(" ").contains("dbxprov -q sync run --due"))
            .count();
        assert_eq!(
            runs, 1,
            "{at}: one container runs `dbxprov -q sync run --due`"
        );
    }
}

#[test]
fn every_home_is_a_directory_on_a_read_write_once_claim_that_is_shipped() {
    let objects = objects();
    let claims = of_kind(&objects, "PersistentVolumeClaim");
    for claim in &claims {
        let modes = list(&claim.doc["spec"]["accessModes"]);
        let modes: Vec<_> = modes
            .iter()
            .map(|m| m.as_str().unwrap_or_default())
            .collect();
        assert_eq!(modes, ["ReadWriteOnce"], "{}", claim.at());
    }
    let mut homes = 0;
    for object in &objects {
        let Some(pod) = pod_spec(object) else {
            continue;
        };
        let at = object.at();
        let security = &pod["securityContext"];
        assert_eq!(security["runAsNonRoot"].as_bool(), Some(true), "{at}");
        // The kubelet's "Always" makes the volume group-writable on every start, and
        // dbxprov refuses a home that its group may write.
        if !security["fsGroup"].is_badvalue() {
            let policy = security["fsGroupChangePolicy"].as_str();
            assert_eq!(policy, Some("OnRootMismatch"), "{at}");
        }
        for container in containers(pod) {
            let locked = container["securityContext"]["readOnlyRootFilesystem"].as_bool();
            assert_eq!(locked, Some(true), "{at}");
            let Some(home) = env_value(container, "DBXPROV_HOME") else {
                continue;
            };
            homes += 1;
            let on_claim = list(&container["volumeMounts"]).into_iter().find(|mount| {
                let mounted = mount["mountPath"].as_str().unwrap_or_default();
                home.strip_prefix(mounted)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .is_some_and(|rest| !rest.is_empty())
            });
            let mount = on_claim
                .unwrap_or_else(|| panic!("{at}: the home {home} is not below a mounted volume"));
            let volume = list(&pod["volumes"])
                .into_iter()
                .find(|v| v["name"] == mount["name"])
                .unwrap_or_else(|| panic!("{at}: no volume for the mount of {home}"));
            let claim = volume["persistentVolumeClaim"]["claimName"].as_str();
            assert!(
                claims.iter().any(|c| Some(c.name()) == claim),
                "{at}: the home {home} is not on a claim shipped under deploy/ ({claim:?})"
            );
        }
    }
    assert!(
        homes >= 2,
        "the CronJob and the setup pod both set DBXPROV_HOME"
    );
}

#[test]
fn every_dbxprov_variable_set_is_one_dbxprov_reads_named_after_its_team() {
    // What the check takes and refuses.
    assert_eq!(read_by_dbxprov("DBXPROV_HOME"), Some(None));
    let acme = Some(Some("ACME_EU".to_string()));
    assert_eq!(read_by_dbxprov("DBXPROV_ACME_EU_REFRESH_TOKEN"), acme);
    for wrong in [
        "DBXPROV_HOMES",
        "DBXPROV_ACME_CLIENT_SECRETS",
        "DBXPROV__CLIENT_SECRET",
        "DBXPROV_acme_CLIENT_SECRET",
        "DBXPROV_ACME-EU_BIND_PASSWORD",
    ] {
        assert_eq!(read_by_dbxprov(wrong), None, "{wrong}");
    }

    let objects = objects();
    let mut checked = 0;
    for object in &objects {
        let Some(pod) = pod_spec(object) else {
            continue;
        };
        let at = object.at();
        let team = object.doc["metadata"]["labels"]["app.kubernetes.io/instance"].as_str();
        let team = team.unwrap_or_else(|| panic!("{at}: no app.kubernetes.io/instance label"));
        for container in containers(pod) {
            for env in list(&container["env"]) {
                let name = env["name"].as_str().unwrap_or_default();
                if !name.starts_with("DBXPROV_") {
                    continue;
                }
                checked += 1;
                match read_by_dbxprov(name) {
                    None => panic!("{at} sets {name}, which dbxprov does not read"),
                    Some(Some(connection)) => assert_eq!(
                        connection,
                        spelled_in_variables(team),
                        "{at} sets {name}: not the variable of its team's connection {team:?}"
                    ),
                    Some(None) => {}
                }
            }
        }
    }
    assert!(checked >= 5, "only {checked} DBXPROV_ variables found");

    // The image's own environment.
    let containerfile = read(&root().join("Containerfile"));
    let set: Vec<&str> = containerfile
        .split_whitespace()
        .filter(|word| word.starts_with("DBXPROV_") && word.contains('='))
        .map(|word| word.split('=').next().unwrap())
        .collect();
    assert!(set.contains(&"DBXPROV_HOME"), "{set:?}");
    for name in set {
        assert_eq!(
            read_by_dbxprov(name),
            Some(None),
            "the Containerfile sets {name}"
        );
    }
}

#[test]
fn every_secret_key_read_is_in_the_example_whose_values_are_fake() {
    let objects = objects();
    let secrets = of_kind(&objects, "Secret");
    for secret in &secrets {
        let values = secret.doc["stringData"].as_hash();
        let values = values.unwrap_or_else(|| panic!("{}: no stringData", secret.at()));
        for (key, value) in values {
            let value = value.as_str().unwrap_or_default();
            assert!(
                value.starts_with("REPLACE-ME"),
                "{}: {key:?} is not a placeholder",
                secret.at()
            );
        }
    }
    let mut refs = 0;
    for object in &objects {
        let Some(pod) = pod_spec(object) else {
            continue;
        };
        for container in containers(pod) {
            for env in list(&container["env"]) {
                let reference = &env["valueFrom"]["secretKeyRef"];
                if reference.is_badvalue() {
                    continue;
                }
                refs += 1;
                let (name, key) = (reference["name"].as_str(), &reference["key"]);
                let shipped = secrets.iter().any(|s| {
                    Some(s.name()) == name
                        && !s.doc["stringData"][key.as_str().unwrap()].is_badvalue()
                });
                assert!(
                    shipped,
                    "{} reads {name:?}/{key:?}, not in the example",
                    object.at()
                );
            }
        }
    }
    assert!(refs >= 2, "only {refs} secret references found");
}

#[test]
fn the_image_is_built_without_the_demo_and_runs_as_a_user_with_a_number() {
    let containerfile = read(&root().join("Containerfile"));
    let build = containerfile
        .lines()
        .find(|line| line.contains("cargo build"))
        .expect("the Containerfile builds with cargo");
    for flag in [
        "--release",
        "--locked",
        "--no-default-features",
        "-p dbxprov",
    ] {
        assert!(build.contains(flag), "the build lacks {flag}: {build}");
    }
    // The last stage is the image.
    let image = containerfile.rsplit("\nFROM ").next().unwrap();
    let user = image
        .lines()
        .find_map(|line| line.strip_prefix("USER "))
        .expect("the image sets its USER");
    let uid: u32 = user
        .split(':')
        .next()
        .unwrap()
        .parse()
        .expect("a numeric USER");
    assert_ne!(uid, 0, "the image runs as root");
    assert!(image.contains("ENTRYPOINT [\"dbxprov\"]"), "{image}");
}

#[cfg(unix)]
mod script {
    //! The CronJob's script, run by `/bin/sh` with the environment the manifest sets (the
    //! home and the metrics file moved into a temporary directory, the Secret's keys
    //! given the emulator's credentials) and a `curl` that records what it was asked to
    //! push.

    use std::os::unix::fs::PermissionsExt;
    use std::path::Path;
    use std::process::{Command, Output};
    use std::time::{Duration, Instant};

    use tempfile::TempDir;

    use super::*;
    use crate::common::*;

    /// The CronJob's container that runs dbxprov.
    fn cron_container() -> (Vec<String>, Yaml) {
        let objects = objects();
        let cron = of_kind(&objects, "CronJob")[0];
        let container = containers(pod_spec(cron).unwrap())
            .into_iter()
            .find(|c| argv(c).join(" ").contains("sync run --due"))
            .unwrap()
            .clone();
        (argv(&container), container)
    }

    fn executable(path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// The script in `dir` (its home `dir/home`, its `curl` in `dir/bin`) with `dbxprov`
    /// at `dbxprov`, each Secret key read as `secret(key)`.
    fn the_script(dir: &Path, dbxprov: &Path, secret: &dyn Fn(&str) -> String) -> Command {
        let (argv, container) = cron_container();
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        executable(
            &bin.join("curl"),
            "#!/bin/sh\nhere=$(dirname \"$0\")\nprintf '%s\\n' \"$@\" > \"$here/curl-args\"\n\
             for a; do case $a in @*) cat \"${a#@}\" > \"$here/pushed\";; esac; done\n",
        );
        let _ = std::fs::remove_file(bin.join("dbxprov"));
        std::os::unix::fs::symlink(dbxprov, bin.join("dbxprov")).unwrap();
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..]).env_clear();
        for env in list(&container["env"]) {
            let name = env["name"].as_str().unwrap();
            let value = match name {
                "DBXPROV_HOME" => dir.join("home").display().to_string(),
                "DBXPROV_METRICS_FILE" => dir.join("dbxprov.prom").display().to_string(),
                _ => match env["value"].as_str() {
                    Some(value) => value.to_string(),
                    None => secret(env["valueFrom"]["secretKeyRef"]["key"].as_str().unwrap()),
                },
            };
            cmd.env(name, value);
        }
        cmd.env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("TMPDIR", dir)
            .env("NO_COLOR", "1")
            .env("DBXPROV_TEST_RETRY_SCALE", RETRY_SCALE.to_string());
        cmd
    }

    /// What the script pushed (`None`: curl was not run), and curl's arguments.
    fn pushed(dir: &Path) -> Option<(String, String)> {
        let body = std::fs::read_to_string(dir.join("bin/pushed")).ok()?;
        let _ = std::fs::remove_file(dir.join("bin/pushed"));
        Some((body, read(&dir.join("bin/curl-args"))))
    }

    fn code(out: &Output) -> Option<i32> {
        out.status.code()
    }

    #[test]
    fn the_script_runs_the_due_rules_keeps_the_exit_code_and_pushes_after_a_failure_too() {
        let emu = emulator();
        let dir = TempDir::new().unwrap();
        let (dir, home) = (dir.path(), dir.path().join("home"));
        // The setup: connection "acme" (the manifests' team), a user, a rule.
        create(&home, &emu, "acme").arg("-q").assert().success();
        import_csv(
            &home,
            "email,given_name,surname,population\nann@example.com,Ann,Lee,Staff\n",
        );
        dbxprov(&home)
            .args([
                "rule",
                "create",
                "outbound",
                "staff",
                "--connection",
                "acme",
            ])
            .args(["--population", "Staff", "-q"])
            .assert()
            .success();
        let real = Path::new(env!("CARGO_BIN_EXE_dbxprov"));
        let url = env_value(&cron_container().1, "PUSHGATEWAY_URL")
            .unwrap()
            .to_string();

        let credentials = |key: &str| match key {
            "client-secret" => SECRET.to_string(),
            "refresh-token" => REFRESH.to_string(),
            other => panic!("a Secret key the test does not know: {other}"),
        };
        let out = the_script(dir, real, &credentials).output().unwrap();
        assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
        assert_eq!(
            text(&out.stdout) + &text(&out.stderr),
            "",
            "silent when all is well"
        );
        let emails: Vec<String> = emu.members().into_iter().map(|m| m.email).collect();
        assert_eq!(
            emails,
            ["ann@example.com"],
            "the run provisioned the rule's user"
        );
        let (body, args) = pushed(dir).expect("pushed");
        assert!(body.contains("\ndbxprov_cronjob_exit_code 0\n"), "{body}");
        assert!(
            args.contains("PUT\n") && args.ends_with(&format!("{url}\n")),
            "{args}"
        );

        // The refresh token of the Secret is refused: dbxprov says so, the exit code
        // is its own, and the metrics are pushed all the same.
        let revoked = |key: &str| match key {
            "refresh-token" => "revoked".to_string(),
            other => credentials(other),
        };
        let out = the_script(dir, real, &revoked).output().unwrap();
        assert_eq!(code(&out), Some(3), "{}", text(&out.stderr));
        let said = text(&out.stderr);
        assert!(said.contains("refused the refresh token"), "{said}");
        assert_eq!(said.lines().count(), 1, "one line with -q: {said}");
        let (body, _) = pushed(dir).expect("pushed after a failure");
        assert!(body.contains("\ndbxprov_cronjob_exit_code 3\n"), "{body}");
    }

    /// A dbxprov that writes a metrics file, then exits with `$FAKE_EXIT` or, without it,
    /// waits for SIGTERM (saying it got it) and exits 143; one never told ends by itself
    /// after 20 s (a script that failed to pass SIGTERM on leaves nothing behind).
    const STAND_IN: &str = "#!/bin/sh\nhere=$(dirname \"$0\")\n\
        echo 'dbxprov_stand_in 1' > \"$DBXPROV_METRICS_FILE\"\n\
        [ -n \"$FAKE_EXIT\" ] && exit \"$FAKE_EXIT\"\n\
        trap 'echo term > \"$here/got-term\"; exit 143' TERM\n\
        : > \"$here/started\"\n\
        i=0; while [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done\n\
        exit 99\n";

    fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
        let started = Instant::now();
        while !done() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "{what} took too long"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    #[test]
    fn the_script_passes_sigterm_on_pushes_the_metrics_file_and_pushes_nothing_without_a_url() {
        let dir = TempDir::new().unwrap();
        let dir = dir.path();
        let stand_in = dir.join("stand-in");
        executable(&stand_in, STAND_IN);
        let fake = |_: &str| "fake".to_string();

        let mut script = the_script(dir, &stand_in, &fake);
        // Its output not ours: a stand-in left running must not hold the harness's pipes.
        script.stdout(std::process::Stdio::null());
        script.stderr(std::process::Stdio::null());
        let mut child = script.spawn().unwrap();
        wait_for("the stand-in's start", || dir.join("bin/started").exists());
        // SAFETY: kill has no memory preconditions; the pid is our child's.
        assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
        let mut status = None;
        wait_for("the script's exit", || {
            status = child.try_wait().unwrap();
            status.is_some()
        });
        assert_eq!(status.unwrap().code(), Some(143));
        assert!(dir.join("bin/got-term").exists(), "dbxprov got the SIGTERM");
        let (body, _) = pushed(dir).expect("pushed after SIGTERM");
        assert!(
            body.starts_with("dbxprov_stand_in 1\n"),
            "the metrics file first: {body}"
        );
        assert!(body.contains("\ndbxprov_cronjob_exit_code 143\n"), "{body}");

        // No Pushgateway: nothing pushed, dbxprov's exit code all the same.
        let out = the_script(dir, &stand_in, &fake)
            .env("FAKE_EXIT", "5")
            .env("PUSHGATEWAY_URL", "")
            .output()
            .unwrap();
        assert_eq!(code(&out), Some(5), "{}", text(&out.stderr));
        assert_eq!(pushed(dir), None);
    }
}
