"""Weighted phrase lexicons for acknowledgements and interview invitations, and shared parts."""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


_APP = r"(?:application|applications|candidacy|cv|resume|résumé|profile|submission)"
_MEET = (
    r"(?:interview|interviews|call|chat|conversation|meeting|assessment|screen|screening|test"
    r"|exercise|"
    r"challenge|session|day|stage|round|panel|onsite|on-site|presentation|coffee|meet|catch-up"
    r"|task|case study)"
)
_ROLEWORD = (
    r"(?:role|position|job|post|vacancy|opportunity|opening|place|offer|employment|contract)"
)

ACK = [
    (
        3.0,
        _rx(
            rf"\b(?:we|i)(?:'ve| have)? (?:successfully |now )?(?:received|got|logged|registered) "
            rf"your (?:job )?{_APP}",
            rf"\byour {_APP} (?:\w+ ){{0,6}}(?:has been|was|is|have been) (?:successfully "
            rf")?(?:received|submitted|"
            rf"registered|logged|completed|delivered)",
            r"\b(?:confirm(?:s|ing)?|acknowledg\w+) (?:that )?(?:we(?:'ve| have) )?(?:receipt of"
            r"|received) your",
            r"\bthis (?:e-?mail |message )?(?:is (?:an|a) )?(?:automated|automatic) "
            r"(?:confirmation|response|reply|acknowledg)",
            r"\b(?:application|cv|submission) (?:received|submitted|confirmation|acknowledg\w+)\b",
        ),
    ),
    (
        2.0,
        _rx(
            r"\b(?:is|are) (?:now |currently )?(?:being )?(?:reviewed|under review|in review|with "
            r"(?:the|our) "
            r"(?:hiring|recruiting|recruitment|talent) team|being (?:considered|assessed|looked "
            r"at))",
            r"\b(?:will|'ll|going to|are|is) (?:now )?(?:be )?(?:carefully |personally |shortly "
            r")?(?:review|reviewing|"
            r"assess|assessing|consider|considering|look(?:ing)? (?:at|over|through)|go(?:ing)? "
            r"through|"
            r"read(?:ing)?) (?:your|all|the|each|every|it)\b(?: \w+){0,3}",
            r"\bif you (?:do not|don't|haven't|have not|didn't|did not) hear(?:d)? (?:back )?from "
            r"us",
            r"\bonly (?:shortlisted|successful|selected) (?:candidates|applicants)",
            r"\b(?:check|track|view|follow|see) (?:the )?(?:status|progress) of your application",
            r"\b(?:passed|forwarded|shared|sent) (?:on )?(?:your \w+ )?(?:on )?(?:to|with) (?:the"
            r"|our) "
            r"(?:hiring|recruiting|recruitment) (?:manager|team)",
            r"\bthanks? (?:you )?for (?:submitting|sending|completing) (?:your|an|the) "
            r"(?:application|cv|resume)",
            r"\b(?:aim|try|endeavour|endeavor|hope) to (?:respond|get back|reply|be in touch"
            r"|review)",
            r"\bwithin (?:the next )?(?:\d+|a few|two|three|four|five|ten) (?:working |business "
            r")?(?:days|weeks)\b",
        ),
    ),
    (
        2.0,
        _rx(
            r"\bthanks? (?:you )?(?:so much |very much |again )?for (?:your )?(?:appl(?:ying"
            r"|ication)|your interest|"
            r"considering|applying|submitting)",
            r"\byour application is (?:in|with us|now with)\b",
            rf"\byour (?:job )?{_APP}\b.{{0,60}}\b(?:landed|arrived|reached us|come through|came "
            rf"through|made it|"
            r"is safely|safely)\b",
            r"\b(?:have|take) a (?:proper |quick |closer |good |careful )?look (?:at|over"
            r"|through)?\b",
            r"\b(?:come|get) back to you\b",
            r"\b(?:glad|excited|pleased|delighted|happy|thrilled) (?:that )?you(?:'ve)? (?:applied"
            r"|are interested|"
            r"'re interested|want to join)",
            r"\b(?:review|reviewing|look at|looking at|consider|considering) (?:your|all) "
            r"(?:application|applications|"
            r"cv|resume|profile)",
        ),
    ),
    (
        1.0,
        _rx(
            r"\b(?:we(?:'ll| will)|someone will|a recruiter will|the team will) (?:be in touch"
            r"|get back|"
            r"contact you|reach out|let you know|update you|follow up)",
            r"\bhigh (?:volume|number) of (?:applications|applicants|interest)",
            r"\bnext steps?\b",
        ),
    ),
]

INVITE = [
    (
        4.0,
        _rx(
            rf"\binvit(?:e|ing|ation)\w* (?:you )?(?:to|for) (?:a|an|the|your|our|join|attend"
            rf"|take part in)?"
            rf" ?(?:[\w-]+ ){{0,3}}{_MEET}",
            rf"\b{_MEET} (?:invitation|invite|request|confirmation|confirmed|scheduled|booked)\b",
            r"\b(?:your|the|our) (?:[\w-]+ ){0,3}(?:interview|call|screen|assessment|meeting"
            r"|chat)(?: \w+)? "
            r"(?:is|has been|was|are|have been) (?:now )?(?:scheduled|confirmed|booked|set"
            r"|arranged|moved|rescheduled|"
            r"set up)",
            r"\b(?:move|moving|progress|progressing|advance|advancing|take|taking|invite|bring"
            r"|put) (?:you |your "
            r"application |your candidacy )?(?:forward |through )?(?:to|into|onto) (?:the |our "
            r")?(?:next|second|third|"
            r"final|technical|onsite|on-site|last|following|2nd|3rd) (?:stage|round|step|interview"
            r"|phase)",
            r"\b(?:you(?:'ve| have)?|your application (?:has|have)) been (?:shortlisted|selected"
            r"|chosen|invited|"
            r"put forward|progressed)\b",
            r"\b(?:interview|assessment|call) (?:details|confirmation|schedule|reminder|booking"
            r"|logistics)\b|"
            r"\breminder:? (?:your )?(?:upcoming )?(?:interview|call|assessment)",
            r"\b(?:move|moving|progress|progressing|advance|advancing) (?:you|your application"
            r"|your candidacy) "
            r"(?:forward|ahead|on|through)\b",
            r"\bnext step (?:is|will be|would be|in (?:the|our) process (?:is|will be))\b",
            r"\b(?:you(?:'ve| have)? (?:been )?|are )(?:shortlisted|selected|successful|through) "
            r"(?:for|to) "
            r"(?:the |an? )?(?:\w+ ){0,2}(?:interview|next|stage|round|assessment)",
            r"\b(?:like|love|happy|pleased|delighted|keen|want|wanted|glad|excited) to (?:invite"
            r"|schedule|arrange|"
            r"set up|book|organi[sz]e|line up|have a|get you in)"
            rf"(?: [\w-]+){{0,5}}? {_MEET}\b",
            r"\b(?:like|love|happy|keen|want|wanted|glad) to (?:meet|speak|chat|talk) (?:with |to "
            r")?you\b",
        ),
    ),
    (
        3.0,
        _rx(
            r"\b(?:schedule|arrange|book|set up|organi[sz]e|find a time for|confirm|reschedul"
            r"|line up|plan)\w* "
            r"(?:in )?(?:a |an |the |your |our |some )?(?:[\w-]+ ){0,3}(?:interview|call|chat"
            r"|screen|meeting|"
            r"conversation|assessment|time to (?:talk|chat|speak|meet))",
            r"\b(?:let (?:me|us) know|send (?:me|us)|share|provide|tell us|confirm) (?:your|a few"
            r"|some|two or three|"
            r"2-3|three) (?:availability|available (?:times|slots|dates)|times|slots|dates"
            r"|preferred)",
            r"\b(?:what|which) (?:times?|days?|slots?|dates?) (?:would |might |will )?(?:work|suit"
            r"|are good|be best)",
            rf"\b(?:when|whether) (?:are |would )?you(?:'re| are| would be| be)? (?:free"
            rf"|available)(?=.*\b{_MEET})",
            rf"\b(?:are|would) you (?:be )?(?:free|available|around|up) (?:on|for|this|next"
            rf"|to)(?=.*\b{_MEET})",
            r"\b(?:please|kindly)\b.{0,50}\b(?:book|choose|select|pick|grab|reserve|claim) (?:a|an"
            r"|your|one)\b",
            r"calendly\.com|goodtime\.io|/schedul|booking link|scheduling link|self-schedul",
            r"\b(?:interview|call|meeting|assessment|session|chat) (?:will|should) (?:last|take"
            r"|be held|be with|run)",
            r"\bbring you (?:back |in |over )?(?:for|to)\b",
            r"\b(?:fancy|up for|keen on|open to|interested in) (?:a |an |hopping on |jumping on "
            r"|having |getting |doing )?"
            r"(?:[\w-]+ ){0,3}(?:call|chat|interview|coffee|meeting)\b",
            r"\blet (?:me|us) know (?:when|what time|which (?:day|time|slot)|if) you(?:'re| are| "
            r"would be)? "
            r"(?:free|available)",
            r"\bcome (?:in|into the office|along|and meet|to (?:our|the) office|in to meet)\b",
            r"\b(?:hackerrank|codility|codesignal|hirevue|testgorilla|coderbyte|assessment "
            r"cent(?:re|er))\b",
            r"\bconfirm (?:your )?(?:attendance|availability|you can (?:attend|make it)|a time"
            r"|the time)",
            r"\b(?:calendar invite|calendar invitation|meeting invite) (?:to follow|will follow"
            r"|shortly|is on its way)|"
            r"\b(?:send|sent|sending) (?:you |over )?(?:a |the )?(?:calendar |meeting )?invite\b",
            r"\bscheduled (?:you|for|on)\b",
            r"\b(?:does|would|will|could|can) (?:[\w,:.]+ ){0,5}(?:work|suit) (?:for )?you\b",
            r"\b(?:you(?:'ll| will)|you'd|you would) (?:be )?(?:meeting|speaking|talking|chatting"
            r"|interviewing) with\b",
            r"\b(?:please |kindly )(?:complete|take|attempt|start|submit)\b.{0,40}\b(?:assessment"
            r"|test|exercise|"
            r"challenge|task|case study|questionnaire|video interview)",
            r"\blooking forward to (?:speaking|meeting|talking|chatting|seeing|hearing from) "
            r"(?:with )?you\b.{0,30}"
            r"(?:on|at|next|then|soon)?",
        ),
    ),
    (
        1.0,
        _rx(
            r"\b(?:time ?slots?|slots?|availability|zoom|google meet|ms teams|microsoft teams"
            r"|webex|video call|dial-in|"
            r"meeting link|meeting id|passcode|calendar invite)\b",
            r"\b(?:next|following) (?:stage|step|round)",
        ),
    ),
]
