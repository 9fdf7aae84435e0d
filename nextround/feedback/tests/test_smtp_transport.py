"""The SMTP adapter against real loopback servers: STARTTLS, implicit TLS, login, refusals."""

import datetime as dt
import ipaddress
import ssl

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from nextround.feedback.smtp import Outgoing, SendError, SmtpSender, build_message
from nextround.feedback.tests.conftest import Recorder, free_port

MESSAGE = Outgoing("alex@candidate.test", "priya@acme.test", "Thank you", "Hi Priya")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1; returns (certfile, keyfile)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    certfile, keyfile = folder / "cert.pem", folder / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(certfile), str(keyfile)


def server_context(certificate):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def only_password(password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        # handled=False: aiosmtpd then answers a refusal with 535 itself.
        return AuthResult(success=auth_data.password == password.encode(), handled=False)

    return authenticator


@pytest.fixture
def serve():
    """Start a real aiosmtpd server with the given options; stopped after the test."""
    started = []

    def start(handler, **options):
        controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
        controller.start()
        started.append(controller)
        return controller.port

    yield start
    for controller in started:
        controller.stop()


def test_starttls_with_a_login_delivers_the_message(serve, certificate):
    handler = Recorder()
    port = serve(
        handler,
        tls_context=server_context(certificate),
        require_starttls=True,
        authenticator=only_password("app-password"),
        auth_required=True,
    )
    sender = SmtpSender(
        "127.0.0.1", port, "starttls", "alex", "app-password", cafile=certificate[0]
    )
    message = build_message(MESSAGE)
    assert sender.send(message) == message["Message-ID"]
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["priya@acme.test"] and b"Hi Priya" in envelope.content


def test_a_wrong_password_is_reported_as_a_refused_login(serve, certificate):
    handler = Recorder()
    port = serve(
        handler,
        tls_context=server_context(certificate),
        require_starttls=True,
        authenticator=only_password("app-password"),
        auth_required=True,
    )
    sender = SmtpSender("127.0.0.1", port, "starttls", "alex", "guess", cafile=certificate[0])
    with pytest.raises(SendError, match="refused the login .*535"):
        sender.send(build_message(MESSAGE))
    assert handler.envelopes == []


def test_implicit_tls_delivers_the_message(serve, certificate):
    handler = Recorder()
    port = serve(handler, ssl_context=server_context(certificate))
    sender = SmtpSender("127.0.0.1", port, "ssl", cafile=certificate[0])
    sender.send(build_message(MESSAGE))
    assert len(handler.envelopes) == 1


def test_an_untrusted_certificate_is_refused_before_any_password_is_sent(serve, certificate):
    handler = Recorder()
    port = serve(handler, tls_context=server_context(certificate), require_starttls=True)
    sender = SmtpSender("127.0.0.1", port, "starttls", "alex", "app-password")
    with pytest.raises(SendError, match="secure connection to 127.0.0.1 failed"):
        sender.send(build_message(MESSAGE))
    assert handler.envelopes == []


def test_starttls_against_a_server_without_it_says_to_check_the_security_setting(serve):
    port = serve(Recorder())
    with pytest.raises(SendError, match="check the security setting"):
        SmtpSender("127.0.0.1", port, "starttls").send(build_message(MESSAGE))
