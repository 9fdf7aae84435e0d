"""Reading short answers to the debrief's guided questions ("Anything distracting you?")."""

import re

# Answers that mean "nothing happened": the flag behind the question is not suggested.
_NEGATIVE = re.compile(
    r"^\s*(?:no(?:pe|ne|thing)?|not\s+(?:really|that\s+i\s+(?:know|noticed|can\s+think\s+of)"
    r"|as\s+far\s+as\s+i\s+know)|nah|n/?a|-+|none\s+that\s+i\s+(?:know|noticed)|i\s+don'?t\s+think\s+so"
    r"|don'?t\s+think\s+so|not\s+at\s+all|all\s+(?:good|fine)|nothing\s+(?:really|much|major|comes\s+to\s+mind))"
    r"\s*(?:[.!,;:)\-]+[\s\S]{0,40})?$",
    re.IGNORECASE,
)
_BARE_NEGATIVE = re.compile(r"^\s*(?:no|none|nothing|nope|n/?a|-+)[\s.!]*$", re.IGNORECASE)


def is_negative_answer(text: str) -> bool:
    """True when a short answer says nothing happened ("No", "not really", "n/a", blank)."""
    text = (text or "").strip()
    if not text:
        return True
    if _BARE_NEGATIVE.match(text):
        return True
    # A short denial may carry a short tail ("No, it went fine."), but not a "but …".
    return bool(_NEGATIVE.match(text)) and len(text) < 60 and " but " not in text.lower()
