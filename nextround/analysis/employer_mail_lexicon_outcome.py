"""Weighted phrase lexicons for rejections, offers and replies to a request for feedback."""

from __future__ import annotations

from nextround.analysis.employer_mail_lexicon import _ROLEWORD, _rx

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
