//! A real OpenLDAP `slapd` for the LDAP tests: a throwaway configuration in a temporary
//! directory, on 127.0.0.1 (plain and TLS, from a CA made for the run), with a size
//! limit of 500 that only a paged search gets past, and a reader account (the admin DN
//! ignores limits). Stopped when dropped. Needs the Debian packages `slapd` and
//! `ldap-utils` (`.ci/run` installs them; the tests that use it are `#[ignore]`d
//! elsewhere).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub const BASE: &str = "dc=example,dc=com";
pub const READER: &str = "cn=reader,dc=example,dc=com";
pub const READER_PASSWORD: &str = "reader-pw-7Qz";
const ADMIN: &str = "cn=admin,dc=example,dc=com";
const ADMIN_PASSWORD: &str = "admin-pw";
const CONFIG_ADMIN: &str = "cn=admin,cn=config";

/// The size limit every search meets: past it, only paging reads on.
pub const SIZE_LIMIT: &str = "size.soft=500 size.hard=500 size.pr=500 size.prtotal=unlimited";

pub struct Slapd {
    child: Child,
    dir: TempDir,
    pub port: u16,
    pub tls_port: u16,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The CA, and a server certificate for `localhost` and 127.0.0.1 signed by it.
pub fn make_certificates(dir: &Path) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "dbxprov test CA");
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let mut server =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
    server
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    let issuer = rcgen::Issuer::from_params(&ca, &ca_key);
    let cert = server.signed_by(&key, &issuer).unwrap();
    std::fs::write(dir.join("ca.pem"), ca_cert.pem()).unwrap();
    std::fs::write(dir.join("server.pem"), cert.pem()).unwrap();
    std::fs::write(dir.join("server.key"), key.serialize_pem()).unwrap();
}

fn config(dir: &Path, size_limit: &str) -> String {
    let d = dir.display();
    format!(
        "dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: {d}/slapd.pid
olcSizeLimit: {size_limit}
olcTLSCACertificateFile: {d}/ca.pem
olcTLSCertificateFile: {d}/server.pem
olcTLSCertificateKeyFile: {d}/server.key

dn: cn=module{{0}},cn=config
objectClass: olcModuleList
cn: module{{0}}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

include: file:///etc/ldap/schema/core.ldif
include: file:///etc/ldap/schema/cosine.ldif
include: file:///etc/ldap/schema/inetorgperson.ldif
include: file:///etc/ldap/schema/nis.ldif

dn: olcDatabase={{-1}}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {{-1}}frontend

dn: olcDatabase={{0}}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {{0}}config
olcRootDN: {CONFIG_ADMIN}
olcRootPW: {ADMIN_PASSWORD}

dn: olcDatabase={{1}}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {{1}}mdb
olcSuffix: {BASE}
olcRootDN: {ADMIN}
olcRootPW: {ADMIN_PASSWORD}
olcDbDirectory: {d}/data
olcDbMaxSize: 1073741824
olcDbIndex: objectClass eq
olcDbIndex: entryUUID eq
olcDbIndex: uid eq
olcDbNoSync: TRUE
olcAccess: to * by * read
"
    )
}

/// The tree's top, the reader, `ou=people` and `ou=groups`.
pub fn base_ldif() -> String {
    format!(
        "dn: {BASE}
objectClass: dcObject
objectClass: organization
dc: example
o: Example

dn: {READER}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: reader
userPassword: {READER_PASSWORD}

dn: ou=people,{BASE}
objectClass: organizationalUnit
ou: people

dn: ou=groups,{BASE}
objectClass: organizationalUnit
ou: groups

"
    )
}

/// A person under `ou=people`.
pub fn person(uid: &str, given: &str, surname: &str) -> String {
    format!(
        "dn: uid={uid},ou=people,{BASE}
objectClass: inetOrgPerson
uid: {uid}
cn: {given} {surname}
givenName: {given}
sn: {surname}
mail: {uid}@example.com

"
    )
}

/// `n` people `user0000`, `user0001`, ...
pub fn people(n: usize) -> String {
    (0..n)
        .map(|i| {
            person(
                &format!("user{i:04}"),
                &format!("Given{i}"),
                &format!("Sur{i}"),
            )
        })
        .collect()
}

/// A groupOfNames under `ou=groups` holding these DNs.
pub fn group(cn: &str, members: &[String]) -> String {
    let mut s = format!("dn: cn={cn},ou=groups,{BASE}\nobjectClass: groupOfNames\ncn: {cn}\n");
    for m in members {
        s.push_str(&format!("member: {m}\n"));
    }
    s.push('\n');
    s
}

pub fn user_dn(uid: &str) -> String {
    format!("uid={uid},ou=people,{BASE}")
}

pub fn group_dn(cn: &str) -> String {
    format!("cn={cn},ou=groups,{BASE}")
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Slapd {
    /// A server holding [`base_ldif`] and `data`, loaded before it starts, under
    /// [`SIZE_LIMIT`].
    pub fn start(data: &str) -> Slapd {
        Slapd::start_with_limit(data, SIZE_LIMIT)
    }

    /// [`Slapd::start`] with other size limits (`olcSizeLimit`).
    pub fn start_with_limit(data: &str, size_limit: &str) -> Slapd {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        make_certificates(d);
        std::fs::create_dir_all(d.join("slapd.d")).unwrap();
        std::fs::create_dir_all(d.join("data")).unwrap();
        std::fs::write(d.join("config.ldif"), config(d, size_limit)).unwrap();
        std::fs::write(d.join("data.ldif"), format!("{}{data}", base_ldif())).unwrap();
        let slapd_d = d.join("slapd.d");
        run(Command::new("slapadd")
            .args(["-n0", "-F"])
            .arg(&slapd_d)
            .arg("-l")
            .arg(d.join("config.ldif")));
        run(Command::new("slapadd")
            .args(["-q", "-n1", "-F"])
            .arg(&slapd_d)
            .arg("-l")
            .arg(d.join("data.ldif")));
        let (port, tls_port) = (free_port(), free_port());
        let child = Command::new("slapd")
            .args(["-d", "0", "-h"])
            .arg(format!(
                "ldap://127.0.0.1:{port}/ ldaps://127.0.0.1:{tls_port}/"
            ))
            .arg("-F")
            .arg(&slapd_d)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("slapd runs (Debian: apt-get install slapd ldap-utils)");
        let slapd = Slapd {
            child,
            dir,
            port,
            tls_port,
        };
        slapd.wait_ready();
        slapd
    }

    fn wait_ready(&self) {
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "slapd did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    pub fn ldaps_url(&self) -> String {
        format!("ldaps://localhost:{}", self.tls_port)
    }

    /// The CA that signed the server's certificate.
    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    /// `ldapmodify` as the admin: changes in LDIF (`changetype: add/modify/delete/modrdn`).
    pub fn modify(&self, ldif: &str) {
        self.modify_as(ADMIN, ldif);
    }

    /// `ldapadd` as the admin: new entries in LDIF.
    pub fn add(&self, ldif: &str) {
        let file = self.dir.path().join("add.ldif");
        std::fs::write(&file, ldif).unwrap();
        run(Command::new("ldapmodify")
            .args([
                "-a",
                "-x",
                "-H",
                &self.url(),
                "-D",
                ADMIN,
                "-w",
                ADMIN_PASSWORD,
                "-f",
            ])
            .arg(&file));
    }

    /// `ldapmodify` of the configuration (`cn=config`), e.g. the size limits.
    pub fn configure(&self, ldif: &str) {
        self.modify_as(CONFIG_ADMIN, ldif);
    }

    fn modify_as(&self, dn: &str, ldif: &str) {
        let file = self.dir.path().join("change.ldif");
        std::fs::write(&file, ldif).unwrap();
        run(Command::new("ldapmodify")
            .args([
                "-x",
                "-H",
                &self.url(),
                "-D",
                dn,
                "-w",
                ADMIN_PASSWORD,
                "-f",
            ])
            .arg(&file));
    }

    /// Sets the size limits of every search (`olcSizeLimit`).
    pub fn set_size_limit(&self, limit: &str) {
        self.configure(&format!(
            "dn: cn=config\nchangetype: modify\nreplace: olcSizeLimit\nolcSizeLimit: {limit}\n"
        ));
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
