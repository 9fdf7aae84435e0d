"""The committed docs/openapi.json is exactly what /api/v1/openapi.json serves."""

import json
from pathlib import Path

from nextround.api import openapi_json

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = "python -m nextround.api --write-openapi docs/openapi.json"


def test_the_served_schema_matches_the_committed_file(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    committed = json.loads(COMMITTED.read_text())
    assert response.json() == committed, (
        f"docs/openapi.json is out of date with the API; regenerate it with `{REGENERATE}`."
    )


def test_the_committed_file_is_written_in_the_canonical_format():
    assert COMMITTED.read_text() == openapi_json(), f"Regenerate it with `{REGENERATE}`."


def test_every_operation_has_a_descriptive_id_a_tag_and_a_summary():
    schema = json.loads(COMMITTED.read_text())
    operations = [op for path in schema["paths"].values() for op in path.values()]
    assert len(operations) >= 30
    for op in operations:
        assert op["tags"] and op["description"], op["operationId"]
        assert "_" in op["operationId"], op["operationId"]  # verb_noun, not a generated name
    assert len({op["operationId"] for op in operations}) == len(operations)


def test_the_docs_page_never_loads_scripts_from_a_cdn(client):
    response = client.get("/api/v1/docs")
    # Served only when django-ninja's bundled static files are installed; otherwise absent.
    assert response.status_code in {200, 404}
    assert b"cdn" not in response.content.lower()
