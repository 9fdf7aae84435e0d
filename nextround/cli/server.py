"""`serve` and `worker`: run the web app and the background queue."""

import typer

from nextround.cli.common import setup_django


def serve(
    port: int = typer.Option(8000, "--port", "-p", help="TCP port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    worker: bool = typer.Option(
        True, "--worker/--no-worker", help="Run the Huey consumer in this process."
    ),
    threads: int = typer.Option(8, "--threads", help="Web server threads."),
    demo: bool = typer.Option(
        False, "--demo", help="On first run, load demo data into the new owner account."
    ),
) -> None:
    """Apply migrations, then serve the web app and run background tasks until Ctrl-C."""
    setup_django(migrate=False)
    from nextround.core import server

    # Bind first: a busy port should fail before anything is created or a password shown.
    app = server.wsgi_app()
    try:
        httpd = server.create_server(app, host, port, threads=threads)
    except OSError as exc:
        typer.echo(f"Error: cannot listen on {host}:{port}: {exc.strerror}.", err=True)
        raise typer.Exit(1) from None
    first = server.prepare()
    server.add_static_files(app)
    if first.password:
        typer.echo(f"Created the owner account '{first.owner_username}'.")
        typer.echo(f"One-time password (shown only now): {first.password}")
        if demo:
            load_owner_demo(first.owner_username)

    def ready(url: str) -> None:
        typer.echo(f"Next Round is running at {url}  (Ctrl-C to stop)")
        if not first.password and first.owner_username:
            typer.echo(
                f"Log in as '{first.owner_username}' with the password printed on first "
                f"run (new one: nextround password {first.owner_username})."
            )

    # The models load before the first request (about 1 s), so no page pays for loading them;
    # loading them in a thread raced with Ctrl-C at start-up and could hang the exit.
    server.warm_up_models().join()
    with server.background_worker(enabled=worker):
        server.serve_forever(httpd, on_ready=ready)
    typer.echo("Stopped.")


def load_owner_demo(username: str) -> None:
    """Demo data for the account that was just created."""
    from django.contrib.auth import get_user_model

    from nextround.core.demo import load_demo

    owner = get_user_model().objects.get(username=username)
    typer.echo(load_demo(owner).message)


def worker(
    workers: int = typer.Option(2, "--workers", "-w", help="Worker threads."),
) -> None:
    """Run only the Huey consumer (when the web server runs with --no-worker, e.g. Redis)."""
    setup_django()
    from nextround.core.server import make_consumer

    consumer = make_consumer(workers, in_process=False)
    typer.echo(f"Huey consumer running with {workers} thread(s) (Ctrl-C to stop).")
    try:
        # A standalone consumer owns its process, so huey's own signal handling is right here.
        consumer.run()
    except KeyboardInterrupt:
        # Ctrl-C before run() has installed its handlers: nothing was started that needs waiting.
        consumer.stop()
    typer.echo("Stopped.")


def register(app: typer.Typer) -> None:
    """Add these commands to the main app."""
    app.command()(serve)
    app.command()(worker)
