"""Sending mail: one small interface, and the smtplib adapter behind it."""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Protocol

TIMEOUT = 20  # seconds; a hung server must not hold a worker for ever


class SendError(Exception):
    """The server did not accept the message; the text is shown to the user."""


class MailSender(Protocol):
    """Anything that can deliver a message and return its Message-ID."""

    def send(self, message: EmailMessage) -> str: ...


@dataclass(frozen=True)
class Outgoing:
    """What to send, independent of the transport."""

    from_address: str
    to_address: str
    subject: str
    body: str
    from_name: str = ""
    in_reply_to: str = ""


def build_message(out: Outgoing) -> EmailMessage:
    """A plain-text message with a fresh Message-ID (domain of the From address)."""
    msg = EmailMessage()
    msg["From"] = (
        formataddr((out.from_name, out.from_address)) if out.from_name else out.from_address
    )
    msg["To"] = out.to_address
    msg["Subject"] = out.subject
    msg["Date"] = formatdate(localtime=True)
    domain = out.from_address.rsplit("@", 1)[-1] or "localhost"
    msg["Message-ID"] = make_msgid(domain=domain)
    if out.in_reply_to:
        # Threading: the follow-up answers the first request.
        msg["In-Reply-To"] = out.in_reply_to
        msg["References"] = out.in_reply_to
    msg.set_content(out.body)
    return msg


class SmtpSender:
    """Deliver over SMTP with STARTTLS, implicit SSL/TLS or plain (local relays)."""

    def __init__(self, host, port, security="starttls", username="", password="", *, cafile=None):
        self.host, self.port, self.security = host, port, security
        self.username, self.password = username, password
        self.cafile = cafile  # a private CA for a self-hosted relay; None trusts the system's

    def _connect(self) -> smtplib.SMTP:
        # Certificates and host names are always verified: a password never goes out unchecked.
        context = ssl.create_default_context(cafile=self.cafile)
        if self.security == "ssl":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=TIMEOUT, context=context)
        conn = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT)
        if self.security == "starttls":
            conn.starttls(context=context)
        return conn

    def send(self, message: EmailMessage) -> str:
        """Send message; return its Message-ID once the server accepted it, else SendError."""
        try:
            with self._connect() as conn:
                if self.username:
                    conn.login(self.username, self.password)
                refused = conn.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            raise SendError(f"The server refused the login ({_reply(exc)}).") from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendError(f"The server refused the recipient ({_reply(exc)}).") from exc
        except smtplib.SMTPResponseException as exc:
            raise SendError(f"The server refused the message ({_reply(exc)}).") from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise SendError(
                f"The server does not support this ({exc}); check the security setting."
            ) from exc
        except ssl.SSLError as exc:
            raise SendError(f"The secure connection to {self.host} failed ({exc}).") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise SendError(f"Could not reach {self.host}:{self.port} ({exc}).") from exc
        if refused:
            raise SendError(f"The server refused: {', '.join(refused)}.")
        return message["Message-ID"]


def _reply(exc) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [f"{code} {msg.decode(errors='replace')}" for code, msg in exc.recipients.values()]
        return "; ".join(codes)
    text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
    return f"{exc.smtp_code} {text}".strip()
