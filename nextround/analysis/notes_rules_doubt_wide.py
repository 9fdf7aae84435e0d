"""Widest doubt lexicon: weaknesses, availability limits, missing tools and half-hearted plans.

Newer writers admit doubt in everyday words ("not great under pressure", "a bit of a
procrastinator", "don't really know SAP", "only looking for something for the summer", "I'd
rather be doing music"), and Q&A transcripts give the candidate's reply with no saying verb
("Me: Not fast, I'm a two-finger typist"). Each still needs a saying verb or a reply marker.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words

# A transcript reply ("Me: ...", "A: ...") is the candidate speaking.
REPLY_START = r"^\s*(?:me|a|answer|candidate)\s*[:\-—]"
SAY_WIDE = words(
    r"told\s+(?:them|him|her|the\s+\w+)",
    r"admitted",
    r"volunteered(?:\s+that)?",
    r"blurted(?:\s+out)?(?:\s+that)?",
    r"said",
    r"mentioned",
    r"ended\s+up\s+saying",
    r"confessed",
)
DOUBT_WIDE = words(
    # Weaknesses and unreliability.
    r"not\s+(?:very\s+|that\s+|too\s+)?(?:great|good)\s+under\s+pressure",
    r"(?:don'?t|doesn'?t)\s+handle\s+(?:stress|pressure|conflict|change)\s+well",
    r"not\s+(?:very\s+)?resilient",
    r"(?:have|has)\s+a\s+hard\s+time\s+(?:with|getting)",
    r"procrastinat\w*",
    r"call\s+in\s+sick",
    r"sleep\s+through\s+(?:my\s+)?alarms?",
    r"fall\s+asleep",
    r"might\s+be\s+(?:late|tired)",
    r"unreliable",
    r"(?:i'?m|i\s+am)\s+rusty",
    r"(?:my|his|her)\s+(?:\w+\s+){1,2}?(?:is|are)\s+(?:weak|poor|not\s+(?:good|great))",
    r"(?:would|'d)\s+(?:probably\s+)?struggle",
    r"(?:get|getting)\s+burn(?:t|ed)\s+out",
    r"work\s+better\s+alone",
    r"prefer\s+a\s+slower\s+pace",
    r"(?:rather|prefer\s+to)\s+(?:not|avoid)(?!\s+(?:go|get|say|discuss|talk)\b)",
    r"prefer\s+not\s+to",
    r"(?:'d|would)\s+(?:really\s+|honestly\s+)?(?:prefer|rather\s+be)\s+(?:a\s+|an\s+)?\w+",
    r"need\s+it\s+to\s+be\s+(?:mostly\s+)?remote",
    r"(?:not|wasn'?t)\s+sure\s+(?:\w+\s+){0,2}?(?:is|was)\s+(?:really\s+)?for\s+me",
    r"(?:isn'?t|not)\s+really\s+my\s+thing",
    r"too\s+(?:complicated|hard|difficult)\s+for\s+me",
    r"not\s+(?:that|really)\s+into\s+it",
    r"not\s+a\s+fan\s+of",
    r"bored\s+of",
    r"worst\s+nightmare",
    r"soul-?destroying",
    r"(?:don'?t|doesn'?t)\s+really\s+(?:care|mind)\s+(?:what|which|where)",
    r"anything\s+that\s+pays",
    r"whatever\s+you\s+have",
    # Missing skills, tools and requirements.
    # The candidate's own gap ("I don't really know SAP"), not the company ("about you guys").
    r"\b(?:i|he|she)\s+(?:just\s+)?(?:don'?t|doesn'?t|do\s+not)\s+(?:really\s+)?know\s+"
    r"(?!what|who|where|why|when|if|whether|i\b|i'm|(?:much\s+|anything\s+)?about\s+(?:the|them|"
    r"their|you|it)\b|them|it\b|the\s+company|one\s+end)(?:how\s+to|much\s+about|[a-z]\w*)",
    r"\b(?:i|he|she)\s+(?:don'?t|doesn'?t)\s+really\s+(?:do|track)\s+\w+",
    r"never\s+(?:really\s+|actually\s+|even\s+)?(?:ridden|driven|deployed|read|understood|"
    r"managed|run|taught|worked|used|done)\b",
    r"(?:haven'?t|hadn'?t)\s+(?:actually\s+)?(?:done\s+any|driven|registered|used)"
    r"(?!\s+(?:the|their|your|its)\s+(?:\w+\s+)?(?:product|app|service|website|site|platform))",
    r"(?:no|'ve\s+no|have\s+no)\s+(?:real\s+)?(?:\w+\s+)?experience",
    r"(?:don'?t|do\s+not)\s+(?:really\s+)?have\s+(?:much\s+|any\s+)?\w+\s+experience",
    r"(?:no|don'?t\s+have\s+a)\s+(?:driving\s+)?licen[cs]e",
    r"(?:don'?t|do\s+not)\s+have\s+a\s+car",
    r"can'?t\s+(?:really\s+)?(?:lift|promise|guarantee|commit)",
    r"(?:wasn'?t|not)\s+sure\s+(?:i|he|she)\s+could\s+commit",
    r"(?:probably\s+)?(?:wouldn'?t|won'?t)\s+be\s+available",
    r"(?:only|just)\s+(?:really\s+)?(?:looking|here|in\s+\w+)\s+(?:for\s+)?(?:something\s+)?"
    r"(?:for|until|till)",
    r"only\s+(?:drive|work|do)\s+(?:weekends|evenings|mornings|nights|days)",
    r"(?:only|just)\s+doing\s+this\s+(?:for|until|till)",
    # Plans elsewhere.
    r"(?:be\s+)?leaving\s+(?:in|when|after)\b",
    r"might\s+(?:retire|go\s+back|move|get\s+into|leave)",
    r"(?:probably|likely)\s+(?:do|go|look|move)\b",
    r"start\s+my\s+own",
    r"requalify",
    r"looking\s+for\s+something\s+in\s+my\s+field",
    r"leave\s+\w+\s+altogether",
    r"do\s+a\s+year\s+then",
    r"pick\s+(?:that|them|it)\s+if\s+offered",
    r"leaning\s+towards",
    r"applied\s+to\s+\w+\s+too",
    r"applying\s+to\s+a\s+bunch",
    r"(?:would|'d)\s+leave\s+if",
    r"won'?t\s+stick",
    # Untruths.
    r"a\s+bit\s+creative",
    r"copied",
    r"oversold",
    r"made\s+one\s+up",
)
