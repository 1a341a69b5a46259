"""A throwaway Dovecot IMAP server for tests: configured in a temp dir, one
user in a passwd-file, Maildir mail in the temp dir, listening on a free
port of 127.0.0.1 (and, with a certificate, IMAPS on another), stopped and
removed at the end. Uses Debian's `dovecot-imapd`; when it is missing the
tests that need it skip with the reason, or fail when SIGNON_REQUIRE names
dovecot (support/requires.py).

Under root (CI containers) Dovecot runs its login processes as its own
`dovenull` and `dovecot` users, as packaged, and the mail as `nobody`
(Dovecot never reads mail as root); as anyone else, everything runs as that
user. Messages go in by IMAP APPEND, as a mail server would deliver them.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from .postgres import free_port

USER, PASSWORD = "coalition", "s3cret-pass"


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot") or "/usr/sbin/dovecot"
    return found if os.path.exists(found) else None


class Dovecot:
    def __init__(self, certificate: tuple[Path, Path] | None = None) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError("Dovecot not found (apt-get install dovecot-imapd)")
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="signon-dovecot-"))
        self.port = free_port()
        self.tls_port = free_port() if certificate else 0
        self.certificate = certificate
        self.as_root = os.geteuid() == 0
        self._process: subprocess.Popen | None = None

    # -- configuration ------------------------------------------------------------------------

    def _users(self) -> tuple[str, str, pwd.struct_passwd]:
        """(login user, internal user, the user mail is read as)."""
        if self.as_root:
            return "dovenull", "dovecot", pwd.getpwnam("nobody")
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, me.pw_name, me

    def _write_config(self) -> Path:
        login, internal, mail_user = self._users()
        mail = self.root / "mail"
        home = self.root / "home"
        for folder in (mail, home, self.root / "run", self.root / "state"):
            folder.mkdir()
        if self.as_root:
            os.chmod(self.root, 0o755)
            for folder in (mail, home):
                os.chown(folder, mail_user.pw_uid, mail_user.pw_gid)
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        tls = ""
        if self.certificate:
            cert, key = self.certificate
            tls = (f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\n"
                   "ssl_min_protocol = TLSv1.2\n")
        else:
            tls = "ssl = no\n"
        imaps = (f"  inet_listener imaps {{\n    address = 127.0.0.1\n"
                 f"    port = {self.tls_port}\n    ssl = yes\n  }}\n"
                 if self.certificate else
                 "  inet_listener imaps {\n    port = 0\n  }\n")
        config = self.root / "dovecot.conf"
        config.write_text(f"""\
base_dir = {self.root}/run
state_dir = {self.root}/state
instance_name = signon-test-{self.port}
log_path = {self.root}/dovecot.log
info_log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{tls}disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{mail}/%u
default_login_user = {login}
default_internal_user = {internal}
first_valid_uid = {min(mail_user.pw_uid, 1)}
mail_uid = {mail_user.pw_uid}
mail_gid = {mail_user.pw_gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
{imaps}  chroot =
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Processed {{
    auto = create
  }}
}}
""")
        return config

    # -- running ------------------------------------------------------------------------------

    def start(self) -> Dovecot:
        config = self._write_config()
        self._process = subprocess.Popen([self.binary, "-F", "-c", str(config)],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                         start_new_session=True)
        deadline = time.monotonic() + 20
        ports = [self.port] + ([self.tls_port] if self.tls_port else [])
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode("utf-8", "replace")
                raise RuntimeError(f"dovecot stopped at once: {err}{self.log()}")
            if all(_accepts(port) for port in ports):
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen within 20 s: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        if process is not None and process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- the mailbox --------------------------------------------------------------------------

    def client(self):
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(USER, PASSWORD)
        return client

    def deliver(self, messages: list[bytes], folder: str = "INBOX") -> None:
        """Put messages in a folder, in order, as unread mail."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw, flags=())

    def flags(self, folder: str = "INBOX") -> dict[int, tuple]:
        """UID → flags of every message of the folder, read without changing them."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return {uid: data[b"FLAGS"] for uid, data in
                    client.fetch(client.search(["ALL"]), ["FLAGS"]).items()}

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return sorted(client.search(["ALL"]))

    def empty(self, folder: str = "INBOX") -> None:
        """Delete a folder's messages (between tests sharing one server)."""
        with self.client() as client:
            client.select_folder(folder)
            uids = client.search(["ALL"])
            if uids:
                client.delete_messages(uids)
                client.expunge()


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
