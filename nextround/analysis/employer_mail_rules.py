"""Weighted phrase lexicons that score one sentence of employer mail per kind."""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


_APP = r"(?:application|applications|candidacy|cv|resume|résumé|profile|submission)"
_MEET = (
    r"(?:interview|interviews|call|chat|conversation|meeting|assessment|screen|screening|test|exercise|"
    r"challenge|session|day|stage|round|panel|onsite|on-site|presentation|coffee|meet|catch-up|task|case study)"
)
_ROLEWORD = r"(?:role|position|job|post|vacancy|opportunity|opening|place|offer|employment|contract)"

ACK = [
    (3.0, _rx(
        rf"\b(?:we|i)(?:'ve| have)? (?:successfully |now )?(?:received|got|logged|registered) your (?:job )?{_APP}",
        rf"\byour {_APP} (?:\w+ ){{0,6}}(?:has been|was|is|have been) (?:successfully )?(?:received|submitted|"
        rf"registered|logged|completed|delivered)",
        r"\b(?:confirm(?:s|ing)?|acknowledg\w+) (?:that )?(?:we(?:'ve| have) )?(?:receipt of|received) your",
        r"\bthis (?:e-?mail |message )?(?:is (?:an|a) )?(?:automated|automatic) (?:confirmation|response|reply|acknowledg)",
        r"\b(?:application|cv|submission) (?:received|submitted|confirmation|acknowledg\w+)\b",
    )),
    (2.0, _rx(
        rf"\b(?:is|are) (?:now |currently )?(?:being )?(?:reviewed|under review|in review|with (?:the|our) "
        r"(?:hiring|recruiting|recruitment|talent) team|being (?:considered|assessed|looked at))",
        rf"\b(?:will|'ll|going to|are|is) (?:now )?(?:be )?(?:carefully |personally |shortly )?(?:review|reviewing|"
        rf"assess|assessing|consider|considering|look(?:ing)? (?:at|over|through)|go(?:ing)? through|"
        rf"read(?:ing)?) (?:your|all|the|each|every|it)\b(?: \w+){{0,3}}",
        r"\bif you (?:do not|don't|haven't|have not|didn't|did not) hear(?:d)? (?:back )?from us",
        r"\bonly (?:shortlisted|successful|selected) (?:candidates|applicants)",
        r"\b(?:check|track|view|follow|see) (?:the )?(?:status|progress) of your application",
        r"\b(?:passed|forwarded|shared|sent) (?:on )?(?:your \w+ )?(?:on )?(?:to|with) (?:the|our) "
        r"(?:hiring|recruiting|recruitment) (?:manager|team)",
        r"\bthanks? (?:you )?for (?:submitting|sending|completing) (?:your|an|the) (?:application|cv|resume)",
        r"\b(?:aim|try|endeavour|endeavor|hope) to (?:respond|get back|reply|be in touch|review)",
        r"\bwithin (?:the next )?(?:\d+|a few|two|three|four|five|ten) (?:working |business )?(?:days|weeks)\b",
    )),
    (1.0, _rx(
        rf"\bthanks? (?:you )?(?:so much |very much )?for (?:your )?(?:appl(?:ying|ication)|your interest|"
        r"considering|applying)",
        r"\b(?:we(?:'ll| will)|someone will|a recruiter will|the team will) (?:be in touch|get back|"
        r"contact you|reach out|let you know|update you|follow up)",
        r"\bhigh (?:volume|number) of (?:applications|applicants|interest)",
        r"\bnext steps?\b",
    )),
]

REJECT = [
    (4.0, _rx(
        r"\b(?:decided|chosen|opted|elected|going|made the (?:difficult |tough )?decision|decision) (?:not )?to "
        r"(?:move|proceed|go|continue|progress|move forward|pursue|offer the \w+ to|hire|appoint) (?:forward |ahead )?"
        r"(?:with )?(?:other|another|a different|an? (?:other|alternative|internal|more|candidate)|the other|"
        r"candidates|applicants|someone|a candidate|an applicant|internal)",
        r"\b(?:decided|chosen|opted|elected) (?:not to|to not) (?:progress|proceed|move|continue|take|pursue|invite|"
        r"offer|shortlist|advance)",
        r"\b(?:went|gone|going) with (?:another|a different|someone|a candidate|an? (?:internal|other))",
        r"\b(?:offered|given|filled) the (?:role|position|job|post) (?:to|with|by) (?:another|someone|a candidate|an)",
        r"\b(?:role|position|job|post|vacancy) (?:has|have|was) (?:now )?(?:been )?(?:filled|offered to|"
        r"cancelled|canceled|withdrawn|closed|put on hold)",
        r"\bnot (?:be )?(?:progressing|proceeding|moving (?:forward|ahead)|advancing|continuing|pursuing|taking "
        r"(?:your|this|things|you)|inviting you|shortlisting|offering you|considering your)",
        r"\b(?:unable|not able|not in a position) to (?:offer you|progress|move (?:you|forward|ahead)|take (?:you|your|"
        r"this)|proceed|invite you|shortlist)",
        r"\b(?:won't|will not|wouldn't|would not|can't|cannot|can not|aren't|are not|isn't|is not) "
        r"(?:be )?(?:able to )?(?:progress|proceed|move|take|invite|offer|shortlist|advanc|continu|pursu|consider)\w* "
        r"(?:you|your|with your|forward with you|this further|further)",
        r"\b(?:have|has|were|was|are|is)(?: not|n't)(?: been)? (?:selected|shortlisted|chosen|successful|progressed)",
        r"\bunsuccessful\b",
        r"\bregret to (?:inform|tell|let you know|advise|say)",
        r"\bno longer (?:being )?(?:consider|under consideration|in consideration|in the running|moving|progress)",
        r"\bnot the (?:news|outcome|answer|result) you(?:'d| were| had)? (?:hoped|wanted)",
        r"\bnot (?:to )?(?:move|take) (?:your application|you|your candidacy) (?:forward|further)",
        r"\bclosed (?:your|the) application|\byour application (?:has been|was|is) (?:now )?(?:closed|declined|"
        r"rejected|archived|not successful)",
    )),
    (2.0, _rx(
        r"\b(?:other|another) (?:candidates?|applicants?) (?:whose|who|with|that)\b",
        r"\bmore closely (?:match|align|suit|fit)",
        r"\bnot (?:the right|quite the right|a|the best|a strong enough) (?:fit|match)\b",
        r"\bon this occasion\b",
        r"\b(?:we|i)(?:'re| are| am) (?:so |very |really )?(?:sorry|afraid) (?:to|that|it)",
        r"\bnot (?:good|great|the best) news\b|\bdisappointing news\b|\bdifficult (?:decision|news)\b",
        r"\bposition is no longer (?:available|open)",
    )),
    (1.0, _rx(
        r"\b(?:unfortunately|regrettably|sadly)\b",
        r"\bwish you (?:the )?(?:very )?(?:best|success|luck|all the best|every success)",
        r"\b(?:best of luck|good luck) (?:with|in) (?:your|the) (?:job )?(?:search|future|career|hunt)",
        r"\b(?:many|a lot of|lots of|large number of|high number of) (?:strong|qualified|talented|excellent|"
        r"high-calibre|great|impressive) (?:candidates|applicants|applications)",
        r"\bfuture (?:endeavou?rs|career|job search)",
    )),
]

INVITE = [
    (4.0, _rx(
        rf"\binvit(?:e|ing|ation)\w* (?:you )?(?:to|for) (?:a|an|the|your|our|join|attend|take part in)?"
        rf" ?(?:[\w-]+ ){{0,3}}{_MEET}",
        rf"\b{_MEET} (?:invitation|invite|request|confirmation|confirmed|scheduled|booked)\b",
        rf"\b(?:your|the|our) (?:[\w-]+ ){{0,3}}(?:interview|call|screen|assessment|meeting|chat)(?: \w+)? "
        r"(?:is|has been|was|are|have been) (?:now )?(?:scheduled|confirmed|booked|set|arranged|moved|rescheduled|"
        r"set up)",
        r"\b(?:move|moving|progress|progressing|advance|advancing|take|taking|invite|bring|put) (?:you |your "
        r"application |your candidacy )?(?:forward |through )?(?:to|into|onto) (?:the |our )?(?:next|second|third|"
        r"final|technical|onsite|on-site|last|following|2nd|3rd) (?:stage|round|step|interview|phase)",
        r"\b(?:you(?:'ve| have)? (?:been )?|are )(?:shortlisted|selected|successful|through) (?:for|to) "
        r"(?:the |an? )?(?:\w+ ){0,2}(?:interview|next|stage|round|assessment)",
        r"\b(?:like|love|happy|pleased|delighted|keen|want|wanted|glad|excited) to (?:invite|schedule|arrange|"
        r"set up|book|organi[sz]e|line up|have a|get you in|meet you|speak with you|chat with you|talk to you)"
        rf"(?: \w+){{0,5}} ?{_MEET}?",
    )),
    (3.0, _rx(
        rf"\b(?:schedule|arrange|book|set up|organi[sz]e|find a time for|confirm|reschedul|line up|plan)\w* "
        rf"(?:in )?(?:a |an |the |your |our |some )?(?:[\w-]+ ){{0,3}}(?:interview|call|chat|screen|meeting|"
        r"conversation|assessment|time to (?:talk|chat|speak|meet))",
        r"\b(?:let (?:me|us) know|send (?:me|us)|share|provide|tell us|confirm) (?:your|a few|some|two or three|"
        r"2-3|three) (?:availability|available (?:times|slots|dates)|times|slots|dates|preferred)",
        r"\b(?:what|which) (?:times?|days?|slots?|dates?) (?:would |might |will )?(?:work|suit|are good|be best)",
        r"\b(?:when|whether) (?:are |would )?you(?:'re| are| would be| be)? (?:free|available)",
        r"\b(?:are|would) you (?:be )?(?:free|available|around) (?:on|for|this|next|to)",
        r"\b(?:please|kindly)\b.{0,50}\b(?:book|choose|select|pick|grab|reserve|claim) (?:a|an|your|one)\b",
        r"calendly\.com|goodtime\.io|/schedul|booking link|scheduling link|self-schedul",
        r"\b(?:interview|call|meeting|assessment|session|chat) (?:will|should) (?:last|take|be held|be with|run)",
        r"\b(?:you(?:'ll| will)|you'd|you would) (?:be )?(?:meeting|speaking|talking|chatting|interviewing) with\b",
        rf"\b(?:please |kindly )(?:complete|take|attempt|start|submit)\b.{{0,40}}\b(?:assessment|test|exercise|"
        r"challenge|task|case study|questionnaire|video interview)",
        r"\blooking forward to (?:speaking|meeting|talking|chatting|seeing|hearing from) (?:with )?you\b.{0,30}"
        r"(?:on|at|next|then|soon)?",
    )),
    (1.0, _rx(
        r"\b(?:time ?slots?|slots?|availability|zoom|google meet|ms teams|microsoft teams|webex|video call|dial-in|"
        r"meeting link|meeting id|passcode|calendar invite)\b",
        r"\b(?:next|following) (?:stage|step|round)",
    )),
]

OFFER = [
    (5.0, _rx(
        rf"\b(?:offer|offering) you (?:the|a|this|our|an?) (?:[\w-]+ ){{0,5}}{_ROLEWORD}",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad|like|love|want)\w* to (?:formally |officially |now )?"
        r"(?:extend|make|send|confirm|present) (?:you )?(?:an?|the|our|this|your) (?:formal |verbal |written |"
        r"conditional |official )?(?:job |employment )?offer\b",
        r"\b(?:offer of employment|employment offer|job offer|formal offer|verbal offer|written offer|"
        r"conditional offer|unconditional offer|offer letter|offer pack)\b",
        r"\b(?:accept|accepting|acceptance of|sign|signing|countersign\w*) (?:the|this|our|your) (?:formal |written )?"
        r"(?:offer|contract)\b",
    )),
    (2.0, _rx(
        r"\bcongratulations\b|\bcongrats\b",
        r"\bwelcome (?:to the team|aboard|on board)\b",
        r"\b(?:start date|starting salary|base salary|annual salary|salary of|signing bonus|sign-on bonus|"
        r"stock options|equity grant|relocation package|background check|right to work check)\b",
        r"\blooking forward to (?:working|having you)",
    )),
]

FEEDBACK_ASKED = [
    (4.0, _rx(
        r"\b(?:you|you've|you have|you'd)(?: kindly)? (?:asked|requested|enquired|inquired|reached out|wanted|"
        r"got in touch|emailed)\b.{0,50}\bfeedback",
        r"\b(?:your|the) (?:kind )?(?:request|email|e-mail|message|note|question|enquiry|inquiry) (?:\w+ ){0,3}"
        r"(?:for|about|regarding|asking for|on|re|requesting) (?:\w+ ){0,3}(?:feedback|reasons)",
        r"\b(?:asking|ask) (?:for|about) (?:some |more |further |any )?(?:feedback|reasons)",
        r"\bfollowing (?:up on )?your (?:request|email|question)",
        r"\b(?:here(?:'s| is| are)|below (?:is|are)|i've put together|i have put together|happy to (?:share|give|"
        r"pass on|provide)) (?:some |the |a little )?(?:\w+ )?(?:feedback|notes|thoughts|pointers)",
    )),
    (1.5, _rx(
        r"\bthanks? (?:you )?(?:so much |very much )?for (?:\w+ ){0,3}(?:asking|reaching out|getting in touch|"
        r"following up|your (?:email|message|note|follow-up|follow up|patience))",
        r"\bas (?:you )?(?:requested|promised|asked)\b",
        r"\b(?:feedback|pointers|notes) (?:from|on) (?:the|your) (?:\w+ ){0,3}(?:interview|panel|assessment|process|"
        r"presentation|task|case study)",
    )),
]

FEEDBACK_DECLINE = _rx(
    r"\b(?:unable|not able|can't|cannot|can not|not in a position|don't|do not|won't|will not|are not able|"
    r"not possible)\b.{0,40}\b(?:provide|give|offer|share|send)\w* (?:\w+ ){0,3}feedback",
    r"\b(?:policy|practice)\b.{0,40}\bfeedback",
    r"\bno (?:individual|detailed|specific|further) feedback",
)

OTHER = [
    (3.0, _rx(
        r"\bjob alert|\bjobs? (?:you may|you might|that may|that might|we think you(?:'ll| will)?) (?:be interested|"
        r"like|love)|\brecommended (?:jobs|for you|roles)|\bjobs (?:matching|for you|near you|based on)",
        r"\bnew (?:jobs|roles|positions|openings) (?:matching|for you|posted|that match|in your area)",
        r"\b(?:newsletter|webinar|masterclass|podcast|e-?book|whitepaper|promo code|discount code|% off|free trial|"
        r"limited time|flash sale|subscribe|subscription|order (?:number|#|confirmation)|receipt|invoice|"
        r"tracking number|has (?:been )?shipped|out for delivery|your (?:order|purchase|booking|payment|"
        r"statement|bill|password|account|login|verification))\b",
        r"\b(?:who viewed your profile|people (?:also )?viewed|easy apply|apply now|view (?:all )?(?:jobs|job)|"
        r"see all jobs|similar jobs|top picks)\b",
    )),
    (1.0, _rx(
        r"\b(?:tips|guide|checklist|course|event|sale|deal|deals|shop|save|rsvp|party|dinner|birthday|weekend|"
        r"mum|dad|love you|lol)\b",
    )),
]

CONDITIONAL = _rx(
    r"\b(?:if|should|once|when|where|in the event|unless)\b[^.;]{0,60}\b(?:successful|shortlisted|selected|"
    r"progress|progressed|match|a fit|suitable|a good fit|we decide|we would like|we'd like|we want|"
    r"(?:don't|do not|haven't|have not|didn't|did not) hear|not (?:been )?contacted|no news|unsuccessful|"
    r"interested in (?:moving|progressing|inviting))",
    r"\b(?:successful|shortlisted|selected) (?:candidates|applicants) will\b",
    r"\bplease (?:assume|consider|take it)\b",
)
NEGATION = re.compile(r"\b(?:not|n't|unable|no longer|never|cannot|unfortunately|regret|sorry)\b", re.I)

JOB_CONTEXT = re.compile(
    r"\b(?:application|applied|applying|apply|candidate|candidacy|interview\w*|role|position|vacancy|vacancies|"
    r"job|recruit\w*|hiring|talent|cv|resume|résumé|opportunity|offer|assessment|shortlist\w*|employment|"
    r"hr|people team|onboarding|career|careers)\b",
    re.I,
)


def score(rules, sentence: str) -> float:
    """Sum the weights of every rule group that matches the sentence."""
    return sum(weight for weight, pattern in rules if pattern.search(sentence))
