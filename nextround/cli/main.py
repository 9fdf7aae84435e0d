"""The `nextround` command: a thin layer over the same actions and queries the web UI uses.

Every command module imports Django inside its functions, so `nextround --help` stays fast.
"""

import typer

from nextround.cli import accounts, applications, data, server
from nextround.cli.analyze import analyze_app
from nextround.cli.common import setup_django
from nextround.cli.mail import mail_app

app = typer.Typer(
    help="Next Round: track job applications, interviews and what you learn from them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

for module in (server, data, accounts, applications):
    module.register(app)
app.add_typer(analyze_app, name="analyze")
app.add_typer(mail_app, name="mail")

__all__ = ["app", "setup_django"]
