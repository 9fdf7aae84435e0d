"""A throwaway Dovecot IMAP server for the tests: own config, maildir, cert and ports."""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "s3cret-pass"
MAIL_UID = 5000

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = nr-test-{name}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {uid}
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
# Any other user name logs in with PASSWORD, so each test gets a fresh, empty mailbox.
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={root}/mail/%u
}}
# No auth penalty: a failed login in one test must not slow the next test's logins down.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Dovecot:
    """One Dovecot master process (and its process group) serving a temporary directory."""

    def __init__(self, name: str) -> None:
        if not Path(DOVECOT).exists():
            raise RuntimeError(
                f"{DOVECOT} is missing: the mail tests need a real IMAP server. "
                "Install it with `apt-get install dovecot-imapd`."
            )
        # Short path under /tmp: Dovecot's unix sockets must fit in 108 characters.
        self.root = Path(tempfile.mkdtemp(prefix=f"nr-dove-{name}-"))
        self.root.chmod(0o755)  # the dovecot/dovenull users must traverse it
        self.name = name
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.cert = self.root / "cert.pem"
        self.process: subprocess.Popen | None = None
        self._write_files()

    def _write_files(self) -> None:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                str(self.root / "key.pem"),
                "-out",
                str(self.cert),
            ],
            check=True,
            capture_output=True,
        )
        (self.root / "passwd").write_text(f"alice@example.test:{{PLAIN}}{PASSWORD}::::::\n")
        mail = self.root / "mail"
        mail.mkdir()
        os.chown(mail, MAIL_UID, MAIL_UID)
        (self.root / "dovecot.conf").write_text(
            CONFIG.format(
                root=self.root,
                name=self.name,
                uid=MAIL_UID,
                password=PASSWORD,
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
            )
        )

    def start(self) -> None:
        """Start the master in its own process group and wait for the IMAP greeting."""
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.process.stderr.read().decode()}")
            if self._greets():
                return
            time.sleep(0.02)
        raise RuntimeError(f"dovecot did not answer on port {self.imap_port}")

    def _greets(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.imap_port), timeout=1) as sock:
                return sock.recv(100).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop every process of this server at once (a real outage, not a polite drain)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        self.process.stderr.close()
        self.process = None

    def cleanup(self) -> None:
        """Stop the server and delete its directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
