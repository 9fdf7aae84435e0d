"""Run Next Round: migrations, first-run owner, static files, Huey consumer, waitress."""

import contextlib
import logging
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.utils.module_loading import autodiscover_modules
from huey.consumer import Consumer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstRun:
    """What prepare() did: the owner's one-time password when the owner was just created."""

    owner_username: str
    password: str | None


def prepare(*, collect_static: bool = True) -> FirstRun:
    """Apply migrations, collect static files and create the owner account on first run."""
    from nextround.accounts.actions import ensure_owner

    call_command("migrate", interactive=False, verbosity=0)
    if collect_static:
        call_command("collectstatic", interactive=False, verbosity=0)
    password = ensure_owner()
    return FirstRun(owner_username=owner_username(), password=password)


def owner_username() -> str:
    """The first superuser's name (the account made on first run)."""
    from django.contrib.auth import get_user_model

    owner = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    return owner.get_username() if owner else ""


class InProcessConsumer(Consumer):
    """A Huey consumer that shares the web server's process and leaves its signals alone."""

    def _set_signal_handlers(self):
        # Consumer.start() would take over SIGINT/SIGTERM, which only its own run() loop
        # reads; the web server's main thread must keep them so Ctrl-C stops everything.
        pass


def make_consumer(workers: int = 1, *, in_process: bool = True) -> Consumer:
    """A thread-based consumer for the configured Huey queue, with every tasks module loaded."""
    from huey.contrib.djhuey import HUEY

    autodiscover_modules("tasks")
    cls = InProcessConsumer if in_process else Consumer
    return cls(HUEY, workers=workers, worker_type="thread", periodic=True, check_worker_health=True)


@contextmanager
def background_worker(enabled: bool = True, workers: int = 1):
    """Run a Huey consumer in threads for the duration of the block."""
    from huey.contrib.djhuey import HUEY

    # In immediate mode tasks run inline where they are called; there is no queue to consume.
    if not enabled or HUEY.immediate:
        yield None
        return
    consumer = make_consumer(workers)
    consumer.start()
    try:
        yield consumer
    finally:
        consumer.stop(graceful=True)


def wsgi_app():
    """The Django WSGI app wrapped in WhiteNoise, which serves the static files."""
    from django.core.wsgi import get_wsgi_application
    from whitenoise import WhiteNoise

    # Wrapping (rather than middleware) keeps static serving out of the settings module.
    return WhiteNoise(get_wsgi_application(), max_age=3600)


def add_static_files(app) -> None:
    """Serve what collectstatic put in STATIC_ROOT (WhiteNoise indexes the files now)."""
    app.add_files(str(settings.STATIC_ROOT), prefix=settings.STATIC_URL)


def create_server(app, host: str, port: int, *, threads: int = 8):
    """A waitress server for app bound to host:port (port 0 picks a free one)."""
    from waitress.server import create_server as waitress_server

    return waitress_server(app, host=host, port=port, threads=threads, ident="nextround")


def server_url(server) -> str:
    """The URL a browser should open for this server."""
    host = server.effective_host
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{server.effective_port}/"


@contextmanager
def sigterm_as_interrupt():
    """Turn SIGTERM into KeyboardInterrupt so `finally` blocks run when a supervisor stops us."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve_forever(server, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then close the listening socket."""
    if on_ready:
        on_ready(server_url(server))
    with sigterm_as_interrupt():
        try:
            server.run()  # returns after closing itself on KeyboardInterrupt
        except KeyboardInterrupt:
            pass
        finally:
            server.close()


def warm_up_models() -> threading.Thread:
    """Load the text-analysis models in the background so no page pays for loading them."""

    # Imported here, in the main thread: a daemon thread stopped by Ctrl-C in the middle of an
    # import would leave that module's import lock held while the interpreter shuts down.
    import tokenizers  # noqa: F401  (MiniLM imports it when it loads)

    from nextround.analysis import employer_mail_model, notes_ml
    from nextround.analysis.embed import ModelUnavailable, get_model

    def load() -> None:
        # Without the model the analysers fall back to their rules: nothing to warm then.
        with contextlib.suppress(ModelUnavailable, OSError):
            get_model()
            notes_ml.encoder()  # the debrief notes' fine-tuned variant
            employer_mail_model.flag_encoder()  # the mail flags' fine-tuned variant

    thread = threading.Thread(target=load, name="nextround-warm-up", daemon=True)
    thread.start()
    return thread
