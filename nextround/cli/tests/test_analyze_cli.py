import json
from email.message import EmailMessage

from typer.testing import CliRunner

from nextround.cli.main import app

runner = CliRunner()
STORY = (
    "Got there 20 mins late because of the trains, then moaned about my current manager when "
    "they asked why I'm leaving. My phone was definitely off."
)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def rejection_eml(path):
    msg = EmailMessage()
    msg["From"] = "Priya Shah <priya@acme-analytics.example>"
    msg["To"] = "alex@example.test"
    msg["Subject"] = "Your application for Data Analyst at Acme Analytics"
    msg["Date"] = "Tue, 10 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<r1@acme-analytics.example>"
    msg.set_content(
        "Hi Alex,\n\nThank you for interviewing for the Data Analyst role. Unfortunately we have "
        "decided not to move forward with your application.\n\nBest wishes,\nPriya\nAcme Analytics"
    )
    path.write_bytes(msg.as_bytes())
    return path


def test_analyze_notes_json_prints_one_line_per_file_with_flags_and_spans(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(STORY)
    result = runner.invoke(app, ["analyze", "notes", "--json", str(note)])
    assert result.exit_code == 0, result.output
    (row,) = lines(result.stdout)
    assert row["file"] == str(note)
    assert row["flags"] == ["criticised_employer", "late_arrival"]
    for item in row["evidence"]:
        assert STORY[item["start"] : item["end"]] == item["text"]
    assert "phone_interruption" not in row["flags"]


def test_an_unreadable_file_is_reported_and_the_others_are_still_analysed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["analyze", "notes", "--json", str(missing), str(good)])
    assert result.exit_code != 0
    assert [row["file"] for row in lines(result.stdout)] == [str(good)]
    assert "missing.txt" in result.stderr


def test_binary_junk_is_analysed_without_a_crash(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 50)
    result = runner.invoke(app, ["analyze", "notes", "--json", str(junk)])
    assert result.exit_code == 0
    assert lines(result.stdout)[0]["flags"] == []


def test_analyze_email_json_gives_kind_company_and_role(tmp_path):
    eml = rejection_eml(tmp_path / "rejection.eml")
    result = runner.invoke(app, ["analyze", "email", "--json", str(eml)])
    assert result.exit_code == 0, result.output
    (row,) = lines(result.stdout)
    assert set(row) == {"file", "kind", "has_specific_feedback", "talent_pool", "company", "role"}
    assert row["kind"] == "rejection"
    assert row["has_specific_feedback"] is False


def test_a_broken_email_file_is_reported_and_the_rest_processed(tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    eml = rejection_eml(tmp_path / "ok.eml")
    result = runner.invoke(app, ["analyze", "email", "--json", str(empty), str(eml)])
    assert result.exit_code != 0
    assert [row["file"] for row in lines(result.stdout)] == [str(eml)]
    assert "empty.eml" in result.stderr


def test_analyze_feedback_json_lists_sorted_themes_and_points(tmp_path):
    text = tmp_path / "feedback.txt"
    text.write_text(
        "Your SQL answers were excellent, but you did not give concrete examples of your impact."
    )
    result = runner.invoke(app, ["analyze", "feedback", "--json", str(text)])
    assert result.exit_code == 0, result.output
    (row,) = lines(result.stdout)
    assert row["themes"] == sorted(row["themes"])
    assert "positive" in row["themes"] and "examples" in row["themes"]
    assert all(set(p) == {"theme", "text"} for p in row["points"])
