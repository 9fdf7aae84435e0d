from nextround.cli.main import app

app()
