"""Weighted phrase lexicons that score one sentence of employer mail per kind."""

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

REJECT = [
    (
        4.0,
        _rx(
            r"\b(?:decided|chosen|opted|elected|going|made the (?:difficult |tough )?decision"
            r"|decision) (?:not )?to "
            r"(?:move|proceed|go|continue|progress|move forward|pursue|offer the \w+ to|hire"
            r"|appoint) (?:forward |ahead )?"
            r"(?:with )?(?:other|another|a different|an? (?:other|alternative|internal|more"
            r"|candidate)|the other|"
            r"candidates|applicants|someone|a candidate|an applicant|internal)",
            r"\b(?:decided|chosen|opted|elected) (?:not to|to not) (?:progress|proceed|move"
            r"|continue|take|pursue|invite|"
            r"offer|shortlist|advance)",
            r"\b(?:went|gone|going) with (?:another|a different|someone|a candidate|an? "
            r"(?:internal|other))",
            r"\b(?:chosen|selected|hired|appointed|picked|offered the (?:role|position|job) to) "
            r"(?:another|a different|"
            r"an? other|an internal|someone else|the other|a more)",
            r"\b(?:moving|move|moved|proceeding|proceed|going|go|continuing|progressing|pressing) "
            r"(?:forward |ahead |on )?"
            r"with (?:other|another|a different|an? (?:other|internal|alternative)|the other"
            r"|someone else|"
            r"(?:a )?candidates? (?:who|whose|with) (?:more|better|closer|a closer|stronger))",
            r"\bdifferent direction\b",
            r"\b(?:have|'ve) (?:now )?(?:filled|closed) (?:the|this|that) (?:role|position|vacancy"
            r"|post|job|opening)",
            r"\b(?:decline|declined|declining) your (?:application|candidacy)",
            r"\b(?:isn't|is not|wasn't|was not|won't be|will not be) (?:a )?(?:successful|the "
            r"outcome|good news)",
            r"\b(?:offered|given|filled) the (?:role|position|job|post) (?:to|with|by) (?:another"
            r"|someone|a candidate|an)",
            r"\b(?:role|position|job|post|vacancy) (?:has|have|was) (?:now )?(?:been )?(?:filled"
            r"|offered to|"
            r"cancelled|canceled|withdrawn|closed|put on hold)",
            r"(?:\bnot|n't) (?:be )?(?:going to )?(?:take|taking) (?:things|this|it|your "
            r"application|you|your candidacy) "
            r"(?:any )?(?:further|forward)",
            r"(?:\bnot|n't) (?:be )?(?:progressing|proceeding|moving (?:forward|ahead)|advancing"
            r"|continuing|pursuing|taking "
            r"(?:your|this|things|you)|inviting you|shortlisting|offering you|considering your)",
            r"\b(?:unable|not able|not in a position) to (?:offer you|progress|move (?:you|forward"
            r"|ahead)|take (?:you|your|"
            r"this)|proceed|invite you|shortlist)",
            r"\b(?:won't|will not|wouldn't|would not|can't|cannot|can not|aren't|are not|isn't|is "
            r"not) "
            r"(?:be )?(?:able to )?(?:progress|proceed|move|take|invite|offer|shortlist|advanc"
            r"|continu|pursu|consider)\w* "
            r"(?:you|your|with your|forward with you|this further|further)",
            r"\b(?:have|has|were|was|are|is)(?: not|n't)(?: been)? (?:selected|shortlisted|chosen"
            r"|successful|progressed)",
            r"\bunsuccessful\b",
            r"\bregret to (?:inform|tell|let you know|advise|say)",
            r"\bno longer (?:being )?(?:consider|under consideration|in consideration|in the "
            r"running|moving|progress)",
            r"\bnot the (?:news|outcome|answer|result) you(?:'d| were| had)? (?:hoped|wanted)",
            r"(?:\bnot|n't) (?:to )?(?:move|take) (?:your application|you|your candidacy) "
            r"(?:forward|further)",
            r"\bclosed (?:your|the) application|\byour application (?:has been|was|is) (?:now "
            r")?(?:closed|declined|"
            r"rejected|archived|not successful)",
        ),
    ),
    (
        2.0,
        _rx(
            r"\b(?:other|another) (?:candidates?|applicants?) (?:whose|who|with|that)\b",
            r"\bmore closely (?:match|align|suit|fit)",
            r"\bnot (?:the right|quite the right|a|the best|a strong enough) (?:fit|match)\b",
            r"(?:doesn't|does not|didn't|did not|isn't|is not|wasn't|was not) (?:quite |fully "
            r")?(?:match|align|meet|fit)",
            r"\bon this occasion\b",
            r"\b(?:we|i)(?:'re| are| am) (?:so |very |really )?(?:sorry|afraid) (?:to|that|it)",
            r"\bnot (?:good|great|the best) news\b|\bdisappointing news\b|\bdifficult (?:decision"
            r"|news)\b",
            r"\bposition is no longer (?:available|open)",
        ),
    ),
    (
        1.0,
        _rx(
            r"\b(?:unfortunately|regrettably|sadly)\b",
            r"\bwish you (?:the )?(?:very )?(?:best|success|luck|all the best|every success)",
            r"\b(?:best of luck|good luck) (?:with|in) (?:your|the) (?:job )?(?:search|future"
            r"|career|hunt)",
            r"\b(?:many|a lot of|lots of|large number of|high number of) (?:strong|qualified"
            r"|talented|excellent|"
            r"high-calibre|great|impressive) (?:candidates|applicants|applications)",
            r"\bfuture (?:endeavou?rs|career|job search)",
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

OFFER = [
    (
        5.0,
        _rx(
            rf"\b(?:offer|offering) you (?:the|a|this|our|an?) (?:[\w-]+ ){{0,5}}{_ROLEWORD}",
            r"\b(?:pleased|delighted|happy|thrilled|excited|glad|like|love|want)\w* to "
            r"(?:formally |officially |now )?"
            r"(?:extend|make|send|confirm|present) (?:you )?(?:an?|the|our|this|your) (?:formal "
            r"|verbal |written |"
            r"conditional |official )?(?:job |employment )?offer\b",
            r"\b(?:offer of employment|employment offer|job offer|formal offer|verbal offer"
            r"|written offer|"
            r"conditional offer|unconditional offer|offer letter|offer pack|offer of appointment|"
            r"offer of (?:a |the )?(?:post|position|role|place|job))\b",
            r"\b(?:want|like|love|have) you (?:to join|on (?:the|our) team|on board|to come "
            r"(?:and )?work|join (?:us|the|"
            r"our))\b",
            r"\b(?:accept|accepting|acceptance of|sign|signing|countersign\w*) (?:the|this|our"
            r"|your) (?:formal |written )?"
            r"(?:offer|contract)\b",
        ),
    ),
    (
        2.0,
        _rx(
            r"\bcongratulations\b|\bcongrats\b",
            r"\bwelcome (?:to the team|aboard|on board)\b",
            r"\b(?:start date|starting salary|base salary|annual salary|salary of|signing bonus"
            r"|sign-on bonus|"
            r"stock options|equity grant|relocation package|background check|right to work "
            r"check)\b",
            r"\blooking forward to (?:working|having you)",
            r"\bpaperwork\b|\bcontract (?:is|will be) (?:on its way|coming|attached|sent)"
            r"|\bconfirm your acceptance\b",
        ),
    ),
]

FEEDBACK_ASKED = [
    (
        4.0,
        _rx(
            r"\b(?:you|you've|you have|you'd)(?: kindly)? (?:asked|requested|enquired|inquired"
            r"|reached out|wanted|"
            r"got in touch|emailed)\b.{0,50}\bfeedback",
            r"\b(?:your|the) (?:kind )?(?:request|email|e-mail|message|note|question|enquiry"
            r"|inquiry) (?:\w+ ){0,3}"
            r"(?:for|about|regarding|asking for|on|re|requesting) (?:\w+ ){0,3}(?:feedback"
            r"|reasons)",
            r"\b(?:asking|ask) (?:for|about) (?:some |more |further |any )?(?:feedback|reasons)",
            r"\b(?:reaching out|getting in touch|writing|following up|coming back|checking in"
            r"|your follow-up) "
            r"(?:\w+ ){0,3}(?:for|about|regarding|re|on|asking for) (?:some |any |more |further "
            r")?(?:feedback|pointers)",
            r"\bfollowing (?:up on )?your (?:request|email|question)",
            r"\b(?:here(?:'s| is| are)|below (?:is|are)|i've put together|i have put together"
            r"|(?:happy|glad|able) to "
            r"(?:share|give|pass on|provide|offer)) (?:you )?(?:some |the |a little |a bit of "
            r")?(?:\w+ )?"
            r"(?:feedback|notes|thoughts|pointers)",
        ),
    ),
    (
        1.5,
        _rx(
            r"\bthanks? (?:you )?(?:so much |very much )?for (?:\w+ ){0,3}(?:asking|reaching out"
            r"|getting in touch|"
            r"following up|your (?:email|message|note|follow-up|follow up|patience))",
            r"\bas (?:you )?(?:requested|promised|asked)\b",
            r"\b(?:feedback|pointers|notes) (?:from|on) (?:the|your) (?:\w+ ){0,3}(?:interview"
            r"|panel|assessment|process|"
            r"presentation|task|case study)",
        ),
    ),
]

FEEDBACK_DECLINE = _rx(
    r"\b(?:unable|not able|can't|cannot|can not|not in a position|don't|do not|won't|will not|are "
    r"not able|"
    r"not possible)\b.{0,40}\b(?:provide|give|offer|share|send)\w* (?:\w+ ){0,3}feedback",
    r"\b(?:policy|practice)\b.{0,40}\bfeedback",
    r"\bno (?:individual|detailed|specific|further) feedback",
)

OTHER = [
    (
        3.0,
        _rx(
            r"\bjob alert|\bjobs? (?:you may|you might|that may|that might|we think you(?:'ll| "
            r"will)?) (?:be interested|"
            r"like|love)|\brecommended (?:jobs|for you|roles)|\bjobs (?:matching|for you|near you"
            r"|based on)",
            r"\bnew (?:jobs|roles|positions|openings) (?:matching|for you|posted|that match|in "
            r"your area)",
            r"\bunsubscribe\b|\bview (?:this email |it )?in (?:your |a )?browser|\bmanage (?:your "
            r")?(?:email )?preferences",
            r"\b(?:rental|tenancy|landlord|mortgage|loan|credit card|visa|passport|membership"
            r"|volunteer\w*|enrol\w*|"
            r"school place|nursery place|grant) (?:application|applications|viewing|decision)\b"
            r"|\bviewing\b",
            r"\b(?:newsletter|webinar|masterclass|podcast|e-?book|whitepaper|promo code|discount "
            r"code|% off|free trial|"
            r"limited time|flash sale|subscribe|subscription|order (?:number|#|confirmation)"
            r"|receipt (?:for|#|no)|invoice|"
            r"tracking number|has (?:been )?shipped|out for delivery|your (?:order|purchase"
            r"|booking|payment|"
            r"statement|bill|password|account|login|verification))\b",
            r"\b(?:who viewed your profile|people (?:also )?viewed|easy apply|apply now|view "
            r"(?:all )?(?:jobs|job)|"
            r"see all jobs|similar jobs|top picks)\b",
        ),
    ),
]

CONDITIONAL = _rx(
    r"\b(?:if|should|once|when|where|in the event|unless)\b[^.;]{0,60}\b(?:successful|shortlisted"
    r"|selected|"
    r"progress|progressed|match|a fit|suitable|a good fit|we decide|we would like|we'd like|we "
    r"want|"
    r"(?:don't|do not|haven't|have not|didn't|did not) hear|not (?:been )?contacted|no news"
    r"|unsuccessful|"
    r"interested in (?:moving|progressing|inviting))",
    r"\b(?:successful|shortlisted|selected) (?:candidates|applicants) will\b",
    r"\bplease (?:assume|consider|take it)\b",
)
NEGATION = re.compile(r"(?:\bnot|n't|\bunable|\bno longer|\bnever|\bcannot)\b", re.I)

STRONG_JOB = re.compile(
    r"\b(?:role|position|job|jobs|vacancy|vacancies|interview\w*|hiring|recruit\w*|candidate\w*|cv"
    r"|resume|"
    r"résumé|portfolio|salary|shortlist\w*|employment|talent|onboarding|career|careers|hr)\b",
    re.I,
)
JOB_CONTEXT = re.compile(
    r"\b(?:application|applied|applying|apply|candidate|candidacy|interview\w*|role|position"
    r"|vacancy|vacancies|"
    r"job|recruit\w*|hiring|talent|cv|resume|résumé|opportunity|offer|assessment|shortlist\w*"
    r"|employment|"
    r"hr|people team|onboarding|career|careers|portfolio|hiring manager|recruiter|salary|contract"
    r"|shortlist)\b",
    re.I,
)


NON_JOB = re.compile(
    r"\b(?:rental|tenancy|landlord|mortgage|loan|credit card|card application|visa|passport"
    r"|membership|"
    r"volunteer\w*|enrol\w*|school place|nursery|grant|planning permission|insurance claim"
    r"|refund)\b",
    re.I,
)


def has_job_context(text: str) -> bool:
    """True when the text is plausibly about a job (not a flat, a loan or a course application)."""
    if STRONG_JOB.search(text):
        return True
    return bool(JOB_CONTEXT.search(text)) and not NON_JOB.search(text)


def score(rules, sentence: str) -> float:
    """Sum the weights of every rule group that matches the sentence."""
    return sum(weight for weight, pattern in rules if pattern.search(sentence))
