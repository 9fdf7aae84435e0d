# ruff: noqa: E501  (regex alternations read better unbroken than split mid-pattern)
"""Word lists behind the feedback analyser: topics, built-in criticisms, polarity cues.

Every pattern is a regular expression over lower-cased text. Topic patterns say what a
clause is about; STRONG topics win over WEAK ones (a weak word like "detail" only names
the theme when nothing more specific is in the clause).
"""

from __future__ import annotations

STRONG_TOPICS: dict[str, tuple[str, ...]] = {
    "experience": (
        r"\bexperience[ds]?\b",
        r"\bbackground\b",
        r"\bseniority\b|\b(?:more|too|not|less|enough|very) senior\b|\bsenior enough\b|\bjunior\b|\binexperien\w*",
        r"\b(?:over|under)-?qualified\b",
        r"\btrack record\b|\bexposure\b|\byears? (?:of|in)\b|\bdomain\b",
        r"\bshort (?:stints?|tenures?)\b|\bjob[- ]hopp\w*|\bcareer history\b|\bhands-on\b",
        r"\bdone (?:this|the|that|a similar) (?:exact )?(?:job|role)\b|\bstep(?:ping)? (?:back(?:wards)?|down|up)\b|\bkeep you challenged\b",
        r"\bsomething you(?:'d| had| have|'ve) (?:not )?(?:done|had)\b|\bnever (?:managed|led|worked|run)\b|\bp&l\b",
        r"\bnot (?:yet |quite )?ready for\b|\breadiness\b|\bstretch for you\b|\bbreadth\b|\bcareer gap\b",
    ),
    "technical_skills": (
        r"\btechnical(?:ly)?\b|\btech\b|\bproblem[- ]solving\b",
        r"\bsql\b|\bpython\b|\bjava(?:script)?\b|\btypescript\b|\breact\b|\bc\+\+|\bc#|\bgo(?:lang)\b",
        r"\bcod(?:e|ing|ed)\b|\bprogramm\w*|\balgorithms?\b|\bdata structures?\b|\bbig-?o\b",
        r"\bsystem design\b|\barchitect\w*|\bdata model\w*|\bdebug\w*|\bunit tests?\b|\btesting\b",
        r"\bkubernetes\b|\bdocker\b|\baws\b|\bazure\b|\bcloud\b|\binfrastructure\b|\bdevops\b",
        r"\bapis?\b|\bback-?end\b|\bfront-?end\b|\bdatabases?\b|\bscalab\w*|\bsecurity\b|\blinux\b",
        r"\bexcel\b|\bspreadsheets?\b|\bpivot tables?\b|\bvlookups?\b|\bformulas?\b",
        r"\bfinancial model\w*|\bmodell?ing\b|\bvaluation\b|\bforecast\w*",
        r"\bcase stud(?:y|ies)\b|\btake[- ]home\b|\baptitude\b|\bpsychometric\b|\breasoning test\b",
        r"\bin-tray\b|\bassessments?\b|\bexercises?\b|\bwhiteboard\w*|\bpair(?:ing| programming)\b",
        r"\btests?\b|\bquiz\b|\bchallenge\b|\blive coding\b",
        r"\baccessibility\b|\bux\b|\bui\b|\bfigma\b|\bwireframes?\b|\bprototyp\w*|\bportfolio\b",
        r"\bprocedures?\b|\bregulations?\b|\blegislation\b|\bcompliance\b|\bsafeguarding\b|\bsafety\b|\baccounting\b|\bbookkeeping\b|\bifrs\b|\bgaap\b|\baudit\w*|\breconciliation\w*",
        r"\bstatistic\w*|\bmachine learning\b|\banalytics\b|\bseo\b|\bcrm\b|\bsalesforce\b",
        r"\bfluen\w*|\b(?:german|french|spanish|mandarin|welsh|arabic|italian|dutch|portuguese|japanese|polish)\b|\bcertifi\w*|\bwriting sample\b|\btrade-?offs?\b|\bcaching\b|\bconcurren\w*|\brole[- ]play\b|\bsales pitch\b|\bpitch\b|\bnegotiation\b|\bcopywriting\b",
    ),
    "communication": (
        r"\bcommunicat\w*|\bcomms\b|\bclarity\b|\bconcis\w*|\bsuccinct\w*|\bunstructured\b|\bcrisp\w*|\btighten\w*",
        r"\bstructur\w* (?:of |in |to )?(?:your |the |each |an? )?(?:answers?|responses?|thoughts?|ideas|story|stories|presentation|points?|way)\b",
        r"\b(?:well|badly|poorly|more|less|clearly|better|nicely)[- ]structured\b|\bshorter\b|\bsnappier\b|\bbriefer\b",
        r"\btoo much (?:detail|information|context|background)\b|\b(?:too|overly) detailed\b|\bfiller words\b|\bums\b",
        r"\bdrift\w*|\bwander\w*|\bmeander\w*|\bwhat was asked\b|\blasted (?:\w+ )?(?:\w+ )?minutes\b",
        r"\b(?:spent|spend|spending) (?:\w+ ){0,3}(?:long|much) time\b|\bleaving (?:little|no) time\b",
        r"\brambl\w*|\blong[- ]winded\b|\bwaffl\w*|\bverbose\b|\bto the point\b|\blengthy\b",
        r"\b(?:hard|difficult|tricky) to (?:follow|understand)\b|\btrain of thought\b",
        r"\btangents?\b|\boff[- ]topic\b|\bjump(?:ed|ing|s)? (?:around|between)\b",
        r"\ball over the place\b|\bstart(?:ed)? in the middle\b",
        r"\blisten\w*|\b(?:answer|address)(?:ed|ing)? (?:the|my|our|their|what was|each) questions?\b",
        r"\bquestions? (?:asked|being asked|we asked)\b|\bmisunderstood\b|\bmisread\b",
        r"\barticulat\w*|\bexplain\w*|\bexplanations?\b|\bjargon\w*|\bacronyms?\b",
        r"\b(?:talk|speak|spoke|went)\w* (?:too |very |a bit |rather )?(?:fast|quickly)\b",
        r"\bslow(?:ing)? down\b|\bpace\b|\bover-?r[au]n\b|\bran (?:\w+ )?(?:minutes? )?over\b",
        r"\bover time\b|\btoo (?:long|short|brief|wordy)\b|\brehearsed\b|\bscripted\b|\brobotic\b",
        r"\bslides\b|\btext-heavy\b|\bread (?:from|off) (?:the|your|them)\b|\bkept saying\b|\bfiller\b|\bverbal tics?\b|\bstorytelling\b|\btime management\b|\btell me about yourself\b|\bexpress(?:ed|ing)? (?:your|yourself|ideas)\b|\bpresentation skills\b",
    ),
    "body_language": (
        r"\bbody language\b|\beye contact\b|\bposture\b|\bslouch\w*|\bfidget\w*|\bfiddl\w*",
        r"\bnerv(?:es|ous\w*)\b|\banxi\w*|\bhandshake\b|\bcamera\b|\bwebcam\b|\bon video\b",
        r"\boff[- ]screen\b|\blighting\b|\bsmil\w*|\benerg(?:y|etic)\b|\bgestur\w*",
        r"\b(?:look|glanc|star)\w* (?:down|away|at (?:your|the|his|her) (?:notes|screen|desk))",
        r"\barms? crossed\b|\bcrossed arms\b|\b(?:leg|foot|knee) (?:was )?(?:bouncing|tapping|shaking)",
        r"\bvoice\b|\bmumbl\w*|\bmonotone\b|\binaudible\b|\bquiet(?:ly)?\b|\byawn\w*",
        r"\baudio\b|\bmicrophone\b|\bmic\b|\bbackground noise\b|\bthe sound\b|\bcutting out\b|\bfreez\w*|\bfroze\b|\bpoorly lit\b|\bdark\b",
        r"\bsoft(?:ly)?[- ]spoken\b|\bsoftly\b|\bhear you\b|\baudible\b|\bvolume\b|\brelaxed\b|\blean(?:ing|ed|t)\b|\barms folded\b|\bfolded arms\b",
        r"\bmanner\b|\bcold\b|\bguarded\b|\bwooden\b|\btired\b|\bflat\b(?! structure)|\blethargic\b|\bsleepy\b|\bclosed[- ]off\b|\bconnection\b|\btense\b|\bstiff\b|\bshak(?:y|ing)\b|\btrembl\w*|\bsweat\w*|\bflustered\b|\bnervy\b|\bsitting\b|\bsat\b|\breading from\b",
        r"\bpresence\b|\bdemeano\w*|\bcompos(?:ed|ure)\b|\brestless\b|\bdistracted\b",
        r"\bcheck(?:ed|ing)? (?:your|his|her|my|the) (?:watch|phone|clock)\b",
    ),
    "company_knowledge": (
        r"\b(?:our|their|the company'?s?|the firm'?s?|the business'?s?|the organi[sz]ation'?s?) "
        r"(?:recent |[a-z]+ )?(?:company|business|organi[sz]ation|firm|products?|product range|services?"
        r"|customers?|clients?|users?|market|competitors?|competition|mission|strategy|brand"
        r"|history|acquisitions?|offering|platform|sector|industry|funding|roadmap|work|purpose|model|proposition)\b",
        r"\bresearch(?:ed|ing)? (?:on |into |about )?(?:us|the company|our|the business|the role|the organi[sz]ation|the firm)\b",
        r"\b(?:your|any|enough|much|more|company|some|no|little|limited|prior|background|pre-interview) research\b",
        r"\bdo(?:ne|ing)? (?:your|some|any|more|enough|much|further) research\b|\bresearching\b",
        r"\bknow(?:n)? (?:that|about) (?:we|our|us|the company)\b|\bmerg(?:ed|er)\b|\bjob (?:description|spec)\b|\bjd\b",
        r"\bcompetitors?\b|\bwhat (?:we|the company|they|the business|our \w+) (?:actually |really )?(?:do|does|did|sell|make|offer)\b",
        r"\b(?:our|their) (?:menu|app|apps|store format|stores|range|brief|accounts|channels|charity|school)\b|\b(?:understand|know|aware|realis)\w* (?:that )?the (?:role|post|position|job) (?:involves|sits|is|was)\b",
        r"\b(?:understanding|knowledge|grasp|picture) of (?:the|this|what the) (?:role|position|job|team|company|business)\b",
        r"\bresponsibilities of the (?:role|job|position)\b|\bthe (?:role|job)'?s? (?:responsibilities|remit|scope)\b",
        r"\bwhat the (?:role|job|position) (?:involves|entails|is about)\b|\babout us\b|\bknow(?:ing)? (?:about )?us\b",
        r"\bannual report\b|\bwebsite\b|\bhomepage\b|\bdiscontinued\b",
        r"\b(?:the )?[a-z]+'s (?:work|products?|services?|mission|strategy|business|customers|clients|funding|history|market|model|values|platform)\b",
    ),
    "examples": (
        r"\bexamples?\b|\bstar\b|\bevidence\w*|\bmetrics?\b|\bkpis?\b|\bnumbers\b|\bfigures\b",
        r"\bquantif\w*|\bmeasurable\b|\bstor(?:y|ies)\b|\banecdot\w*|\binstances?\b",
        r"\bclaims?\b|\bsell(?:ing)? yourself\b|\boutcomes?\b|\bimpact\b|\bsupporting (?:data|detail|evidence)\b|\bto back\b|\bback(?:ed)? (?:\w+ )?up\b",
        r"\bwhat you (?:personally|yourself|specifically) (?:did|delivered|achieved|contributed)\b",
        r"\byour (?:own|personal|individual) (?:contribution|role|impact|part)\b",
        r"\breal(?:[- ]life| situations?| scenarios?| examples?| world)\b|\bactually did\b|\bin practice\b|\bindividual contribution\b|[\"']we[\"']|\btoo much we\b|\bhypothetical\w*|\btheor(?:y|etical)\b",
    ),
    "motivation_fit": (
        r"\bmotivat\w*|\bpassion\w*|\benthusias\w*|\bkeen(?:ness)?\b|\bexcite\w*",
        r"\bwhy (?:you|you'd|you're|this|the role|our|us|join|apply|move|moving|leave|leaving|change)\b|\bwhy (?:she|he|they) (?:wants?|wanted|applied|was leaving|is leaving|would)\b|\bdraws? you to\b",
        r"\b(?:un|dis)interested\b|\binterest(?:ed)? in (?:the|this|our|us|working|joining)\b",
        r"\bcultur\w*|\b(?:team|company|cultural|good|right|natural) fit\b|\bfit (?:with|into|in)\b",
        r"\bcareer (?:direction|goals?|path|plans?|aspirations?|ambitions?|going|change)\b",
        r"\bwhere you see (?:your|yourself)\b|\blong[- ]term\b|\bcommit(?:ment|ted)\b|\bambitio\w*",
        r"\b(?:ask(?:ed)?|had) (?:us )?(?:any|few|no|many|much|great|good|thoughtful) questions\b",
        r"\bquestions (?:at the end|for us)\b|\bfast[- ]paced\b|\bcollaborative\b",
        r"\bwork(?:ing)? (?:\w+ )?(?:independently|alone|autonomously|on your own)\b|\bget bored\b|\bstepping stone\b",
        r"\bstay(?:ing)? (?:long|with us|in the role)\b|\bvalues\b|\bwhether you (?:really )?want",
        r"\b(?:suit|suited|match) (?:our|the) (?:culture|structure|team|environment|way|ways|style|values)\b|\b(?:working|leadership|management) style\b|\bflat structure\b|\bcuriosity\b|\bcurious\b|\bgo(?:ing)? back to (?:study|university|college)\b|\b(?:five|5|ten|10)[- ]year plan\b|\bfuture plans\b|\bprogression\b|\bpromotion\b|\bcareer (?:growth|progression)\b|\bmov(?:e|ing) into\b|\bswitch(?:ing)? (?:careers?|into|to)\b",
    ),
    "attitude": (
        r"\battitude\b|\barrogan\w*|\bcocky\b|\bover-?confiden\w*|\bego\b|\bhumility\b|\bhumble\b",
        r"\bnegativ\w*|\bdefensive\w*|\bdismissive\w*|\bdismiss(?:ed|ing)\b|\brude\w*|\bcondescend\w*",
        r"\bpatroni[sz]\w*|\bsarcas\w*|\bflippant\b|\bentitled\b|\bdisrespect\w*|\bimpatient\b",
        r"\bcritic(?:al|i[sz]ed|i[sz]ing|ism) of\b|\bbad[- ]?mouth\w*|\bblam\w*",
        r"\b(?:spoke|speak|talked|talking|complain\w*|moan\w*) (?:\w+ ){0,2}about (?:your|his|her|their|the|my) "
        r"(?:\w+ )?(?:previous|former|current|old|last|ex|present)\b",
        r"\b(?:un)?professional\w*|\binterrupt\w*|\btalk(?:ed|ing)? over\b|\bargu\w*",
        r"\babrupt\w*|\bcurt\b|\bbrusque\b|\bblunt\b|\bdisagree\w*|\bdominat\w*|\bcut (?:\w+ )?off\b|\bconfrontational\b|\bcombative\b|\bcasual\b|\bswear\w*|\bswore\b",
        r"\bwhat you didn't like\b|\bdisliked\b|\binformal\b|\bover-?familiar\b|\bover-?sold\b|\bover-?stat\w*|\bexaggerat\w*|\bover-?claim\w*",
    ),
    "logistics": (
        r"\bsalary\b|\bpay\b|\bcompensation\b|\bremuneration\b|\bbudget\b|\bpay (?:band|range)\b",
        r"\bsalary (?:band|range)\b|\bour (?:range|band)\b|\bday rate\b|\bpackage\b",
        r"\bnotice(?: period)?\b|\blocation\b|\bcommut\w*|\brelocat\w*|\bon[- ]?site\b|\bdays a week\b",
        r"\bin the office\b|\boffice days?\b|\bhybrid\b|\bremote(?:ly)?\b|\btravel\w*",
        r"\bavailab\w*|\bstart date\b|\bstart(?:ing)? (?:in|on|until|before|after) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|a |the new|\w+ (?:weeks|months))|\btimeline\b",
        r"\blate\b|\blateness\b|\bon time\b|\bpunctual\w*|\bno[- ]show\b|\breschedul\w*",
        r"\bvisa\b|\bwork permit\b|\bright to work\b|\bsponsor\w*|\bimmigration\b",
        r"\bsecurity clearance\b|\bclearance\b|\bvetting\b|\bdbs\b|\bon-call\b|\bflexible working\b|\bchildcare\b|\bworking pattern\b|\btime ?zones?\b|\bbenefits\b|\bbonus\b|\b\d{1,2} ?(?:am|pm)\b|\bevery day\b|\b(?:leave|finish) early\b|\bschool run\b|\bfull[- ]time\b|\bpart[- ]time\b|\bhours\b|\bshifts?\b|\bweekends?\b|\bdriving licen[cs]e\b",
    ),
}

WEAK_TOPICS: dict[str, tuple[str, ...]] = {
    "experience": (
        r"\b(?:managed|led|run|ran|worked) (?:a|an|in|on|with)\b|\bready\b|\bqualifications?\b|\bleadership\b|\bmanag(?:ing|ement)\b|\bcv\b",
    ),
    "technical_skills": (
        r"\bskills?\b|\bknowledge\b|\bdepth\b|\btasks?\b|\banalysis\b|\bsolution\b",
    ),
    "communication": (r"\bstructur\w*|\bclear(?:er|ly)?\b|\bunclear\b|\blong\b|\bconcise\b",),
    "body_language": (r"\bconfiden(?:ce|t)\b|\bcalm\b",),
    "company_knowledge": (
        r"\bproducts?\b|\bservices?\b|\bmarket\b|\blaunch\w*|\bnews\b|\bacqui\w*",
    ),
    "examples": (
        r"\bspecific\w*|\bconcrete\b|\bdetail\w*|\bvague\b|\bhigh[- ]level\b|\btangible\b",
        r"\bdata\b|\bresults?\b|\bdemonstrat\w*|\bgeneric\b|\bsubstance\b|\bachievements?\b|\bcontribution\b",
    ),
    "motivation_fit": (r"\binterest\w*|\bfit\b",),
}

# Criticisms that name their theme on their own ("you rambled").
ISSUES: dict[str, tuple[str, ...]] = {
    "communication": (
        r"\banswers? (?:were|was) (?:often |always |very |too |quite )?(?:long|short|one-word)\b|\bran on\b|\byes/no\b|\bone-word answers\b|\bdrag (?:information|answers|it) out\b",
        r"\brambl\w*|\blong[- ]winded\b|\bwaffl\w*|\bverbose\b|\b(?:hard|difficult) to follow\b|\brehearsed\b|\bscripted\b",
        r"\ball over the place\b|\boff[- ]topic\b|\btangents?\b|\bjump(?:ed|ing)? between\b",
        r"\b(?:didn't|did not|failed to|never|not) (?:really |quite |directly |always )?"
        r"(?:answer|address)\w* (?:the|my|our|what|each)",
        r"\b(?:spent|spend|spending) (?:\w+ ){0,3}(?:long|much) time\b|\bleaving (?:little|no) time\b",
        r"\b(?:answer(?:ed|ing)?|respond(?:ed|ing)?) (?:to )?(?:a |the )?(?:different|wrong|another) question\b|\bmisunderstood (?:the|my|our|a) question\b|\bheavy on jargon\b|\bjargon-heavy\b",
        r"\bover-?r[au]n\b|\bran (?:\w+ )?(?:minutes? )?over\b|\b(?:talk|spoke|speak)\w* (?:too|very) (?:fast|quickly)\b",
    ),
    "body_language": (
        r"\bobvious(?:ly)? nerv\w*|\bvisibly (?:nervous|rattled|shaken|anxious)\b|\brattled\b|\bnervous laugh\w*|\bhands (?:were )?shaking\b",
        r"\b(?:seemed|looked|came across as|appeared) (?:\w+ )?(?:tired|flat|low[- ]energy|lethargic|stiff|tense)\b",
        r"\bfidget\w*|\bfiddl\w*|\bslouch\w*|\byawn\w*|\bmonotone\b|\bmumbl\w*",
        r"\b(?:little|no|poor|limited|lack of|avoided|minimal|not much|inconsistent) eye contact\b",
        r"\b(?:appeared|seemed|looked|visibly|very|quite|a bit|a little|clearly|came across as|when|got|were|was|being) nervous\b",
        r"\bnerves (?:got|showed|were visible|took)\b|\b(?:limp|weak|soft) handshake\b|\bhandshake was (?:limp|weak)",
        r"\b(?:look|glanc)(?:ed|ing) (?:down|away)\b|\b(?:low|lacked|flat|lacking) energy\b",
        r"\b(?:leg|foot|knee) (?:was )?(?:bouncing|tapping|shaking)|\barms? crossed\b",
        r"\bcheck(?:ed|ing)? (?:your|his|her|my|the) (?:watch|phone)\b|\bdistracted\b",
    ),
    "attitude": (
        r"\bcritici[sz](?:ing|ed) (?:his|her|your|their|the) (?:current |previous |former |last |old )?(?:manager|boss|employer|team|colleagues)\b",
        r"\b(?:team|manager|company|boss|their|his|her)'s fault\b|\bageist\b|\bsexist\b|\bracist\b",
        r"\barrogan\w*|\bcocky\b|\bover-?confiden\w*|\bdefensive\b|\bdismissive\b|\brude\b",
        r"\bcondescending\b|\bpatroni[sz]ing\b|\bunprofessional\b|\bargumentative\b|\bconfrontational\b",
        r"\bbad[- ]?mouth\w*|\bcritical of (?:your|his|her|their)\b|\bnegative about\b|\bblamed\b",
        r"\b(?:spoke|talked|complained|moaned) (?:negatively|badly) about\b|\btalk(?:ed|ing)? down\b|\binterrupt(?:ed|ing)\b",
        r"\bdominat(?:ed|ing|e) (?:the )?(?:discussion|conversation|group)s?\b|\bcut (?:people|others|us|me|him|her|them|the \w+) off\b|\babrupt\b|\btoo informal\b|\bover-?familiar\b|\bover-?sold\b|\boverstat\w*|\bexaggerat\w*|\btalked over\b|\bentitled\b|\bswear\w*|\bswore\b|\btoo casual\b|\bdisrespectful\b|\bsarcastic\b",
    ),
    "logistics": (
        r"\b(?:arrived|arriving|were|was|joined|turned up|running|ran) (?:\w+ ){0,3}late\b",
        r"\b(?:above|outside|beyond|exceed\w*|over) (?:our|the) (?:budget|range|band)\b",
        r"\bsalary expectations? (?:was|were|is|are) (?:too high|above|higher|outside|beyond)",
        r"\bnotice period (?:is|was|of \w+ \w+ is) (?:too )?long\b|\b(?:need|needs|needed|require\w*) (?:visa )?sponsorship\b",
    ),
    "experience": (
        r"\b(?:over|under)-?qualified\b|\btoo (?:junior|senior|inexperienced)\b|\binexperience\w*",
        r"\b(?:half-)?step too far\b|\btoo big (?:a|of a) (?:step|jump|leap)\b|\b(?:a big|a huge|quite a) (?:step|jump|leap)\b",
        r"\b(?:experience|background) (?:is|was|has been) (?:\w+ )?(?:mostly|almost entirely|entirely|predominantly|largely|mainly|primarily|all)\b",
        r"\bshort stints\b|\bjob[- ]hopp\w*",
        r"\b(?:lack|lacked|lacking|limited|not enough|insufficient|little) (?:\w+ )?(?:experience|exposure|background)\b",
    ),
    "technical_skills": (
        r"\bfailing (?:edge cases|tests)\b|\bedge cases\b|\b(?:a lot of|lots of|several|many|heavy) (?:hints|prompting)\b",
        r"\b(?:didn't|did not|failed to|not) pass(?:ed)? (?:the |our )?(?:\w+ )?(?:test|assessment|exercise|stage)",
        r"\bfailed (?:the |our )?(?:\w+ )?(?:test|assessment|exercise|task)\b|\b(?:didn't|did not) compile\b",
        r"\bbelow (?:the |our )?(?:pass mark|threshold|bar|benchmark)\b|\binaccura\w*|\bfactual(?:ly)? (?:errors?|wrong|incorrect)",
    ),
    "examples": (
        r"\bby how much\b|\bcouldn't think of (?:one|an example|a time)\b|\bmostly hypothetical\b|\bno (?:actual |real |specific )?(?:situation|numbers)\b",
        r"\b(?:no|few|not enough|lack of|lacked|lacking|without|insufficient|not many) "
        r"(?:concrete |specific |real |clear |actual |measurable |detailed |relevant )?(?:examples|evidence|metrics|stories)\b",
        r"\btoo much [\"']?we\b|[\"']we[\"'] (?:rather than|instead of|not|more than)",
    ),
    "motivation_fit": (
        r"\blukewarm\b|\bfallback\b|\bplan b\b|\bstepping[- ]stone\b|\bflight risk\b|\bhalf[- ]hearted\b|\bnot (?:that |really |very )?into it\b|\b(?:didn't|did not) feel the spark\b",
        r"\buninterested\b|\bdisinterested\b|\bnot interested\b|\black(?:ed)? (?:of )?(?:interest|enthusiasm)\b",
        r"\b(?:didn't|did not) ask (?:us )?(?:any|many|much)\b|\bmore interested in\b",
        r"\bnot (?:very |that |really )?(?:enthusiastic|passionate|excited|motivated)\b",
    ),
    "company_knowledge": (
        r"\b(?:hadn't|had not|didn't|did not|not) (?:really )?(?:done|do) (?:much|enough|any|your) research\b",
        r"\b(?:hadn't|had not|didn't|did not|never) (?:even )?(?:looked (?:at|into)|read up on) (?:the|our|us|their)\b",
        r"\b(?:lack of|little|limited|no) (?:research|knowledge of (?:us|our|the company))\b",
    ),
}

NEGATIVE_CUES: tuple[str, ...] = (
    r"\black(?:s|ed|ing)?\b|\blimited\b|\bweak\w*|\bpoor(?:ly)?\b|\bshallow\b|\bthin\b|\bvague\b",
    r"\bgeneric\b|\bunclear\b|\binsufficient\b|\binadequate\b|\bnot enough\b|\bstruggl\w*",
    r"\bdifficult(?:y|ies)? (?:to|with|in)\b|\bhard to\b|\bmissing\b|\bmissed\b|\bgaps?\b",
    r"\bconcern\w*|\bworr(?:ied|y|ying)\b|\breservations?\b|\bdoubts?\b|\bsticking point\b",
    r"\bcould(?:'ve| have| be| do with| benefit| improve| work| use| try| spend| focus| show| give| bring| go| make)\b",
    r"\b(?:would|'d)(?: have)? (?:liked|like|loved|love|wanted|want|preferred)\b",
    r"\bwould(?: have)? (?:been|be) (?:good|great|nice|helpful|useful|better|stronger|ideal)\b",
    r"\bwould (?:help|benefit|strengthen|improve|make)\b|\bmight (?:be worth|help|want|consider|be a good idea)\b",
    r"\b(?:may|might) (?:want|wish|like) to\b|\bworth (?:practi[sc]ing|working|thinking|considering|reviewing|looking)\b",
    r"\bmore\b(?! than\b| closely\b)|\bless\b|\b(?:a|the) (?:bit|little|touch|tad)\b(?! of\b)",
    r"\blittle\b|\bslightly\b|\bsomewhat\b|\brather than\b|\bfairly\b|\bat times\b|\bsometimes\b|\boccasionally\b",
    r"\b(?:didn't|did not|doesn't|does not|don't|do not|wasn't|was not|weren't|were not|couldn't|could not)\b",
    r"\b(?:cannot|can't|haven't|hadn't|isn't|aren't|not|never|wouldn't|would not|won't|shouldn't)\b|\bunable\b|\bfail(?:ed|ure|s)?\b",
    r"\bbelow\b|\bfell short\b|\bshort of\b|\bneed(?:s|ed)? (?:to|work|improv|develop|more|some|a|better|actual)\b",
    r"\bneed(?:ed)? someone\b|\blooking for someone\b|\bwanted someone\b|\bafter someone\b",
    r"\bimprov(?:e|ing|ement|ements)\b|\bdevelop(?:ment)? (?:area|point|need)s?\b|\b(?:work|focus) on\b",
    r"\btry (?:to|and)\b|\bmake sure\b|\bensure\b|\bconsider(?:ing)?\b|\bsuggest\w*|\brecommend\w*",
    r"\bencourag\w*|\badvi[sc]e\b|\bnext time\b|\bin (?:the )?future\b|\bgoing forward\b|\broom (?:for|to)\b",
    r"\bmistakes?\b|\berrors?\b|\bincorrect\w*|\bwrong\b|\bmismatch\w*|\bunsure\b|\buncertain\b|\bunconvinced\b",
    r"\b(?:ran|run|running) out of time\b|\bdidn't finish\b|\bunfinished\b|\bincomplete\b|\bleft blank\b|\bhesita\w*|\brushed\b|\bslow\b|\baverage\b|\bmixed\b|\bbasic\b|\bpatchy\b|\binconsistent\b",
    r"\bconfus\w*|\bonly (?:thing|area|point|criticism|suggestion|feedback)\b|\bmain (?:gap|thing|area|issue)\b",
    r"\bshould\b|\bthink about\b|\bpractis\w*|\bpractic\w*|\bissues? with\b|\bproblems? with\b",
    r"\btoo (?!much to\b)[a-z]+",
    r"\bblockers?\b|\bnon-?starter\b|\bdeal[- ]?breaker\b|\bred flag\b|\bhypothetical\b|\blukewarm\b|\bcan't accommodate\b",
    r"\btheoretical\b|\babstract\b|\bsurface[- ]level\b|\bsuperficial\b|\blight on\b|\blight\b|\bundersold\b|\blos(?:e|t|ing)\b|\btripped\b|\bfell down\b|\bdrift\w*\b|\bonly (?:be )?(?:able|available)\b|\bneeds? someone\b|\buncomfortable\b|\bawkward\b|\bnervous\b|\bunderwhelm\w*|\bdisappoint\w*|\boff-putting\b|\bnot the right\b|\bnot suited\b",
)

POSITIVE_CUES: tuple[str, ...] = (
    r"\blikeable\b|\bhard[- ]?working\b|\breliable\b|\bwent well\b|\bkudos\b|\bcalmly\b|\bexcellen\w*|\bexcelled\b|\bstrong(?:ly)?\b|\bstrengths?\b|\bgreat(?:ly)?\b|\bgood\b",
    r"(?<!\bas )\bwell\b(?! as\b)|\bimpress\w*|\boutstanding\b|\bfantastic\b|\bbrilliant\b|\bsuperb\b",
    r"\bsolid\b|\bthorough\w*|\bclear(?:ly)?\b|\bconcise\b|\bconfident(?:ly)?\b|\barticulate\b",
    r"\bpolished\b|\bprofessional(?:ly|ism)?\b|\bpersonable\b|\bfriendly\b|\bwarm\b|\bengaging\b",
    r"\benthusias\w*|\bpassion(?:ate)?\b|\bknowledgeable\b|\bcalm\b|\bliked\b|\bloved\b|\blove\b",
    r"\benjoyed\b|\bappreciated\b|\bst(?:oo|a)nd(?:s)? out\b|\bfirst[- ]class\b|\btop[- ](?:notch|class|marks)\b",
    r"\bhigh(?:ly)? (?:standard|quality|scored|rated|regarded)\b|\bscored (?:well|highly)\b|\bhighly\b",
    r"\bexceptional\w*|\binsightful\b|\bthoughtful\b|\bcreative\b|\bcapable\b|\bcompetent\b|\bcredible\b",
    r"\bnatural(?:ly)?\b|\bnice\b|\blovely\b|\bperfect\w*|\bexceed(?:ed|s)\b|\babove (?:average|expectations)\b",
    r"\bpositive\w*|\bclean\b|\brapport\b|\bcompelling\b|\bconvincing\b|\bsharp\b|\bbright\b|\bsmart\b",
    r"\bnailed\b|\bspot on\b|\bsh(?:o|i)ne?d?\b|\bcomposed\b|\bgenuine\w*|\bhonest\w*|\bterrific\b|\bsuperb\b",
    r"\bbeautiful\w*|\bstellar\b|\bstand-?out\b|\bone of the best\b|\bthe best\b|\bvalued\b|\bpraise\w*|\bglowing\b|\binfectious\b|\bengaged\b|\bcame across well\b|\bright (?:lines|track)\b|\bon track\b|\bsensible\b|\blogical\b|\bmethodical\b|\bpragmatic\b|\bpleased\b|\bhappy with\b|\bconfidence\b|\bwonderful\b|\bamazing\b|\bsuccess(?:ful)?ly\b",
)

# Phrases that look evaluative but are not ("no concerns", "it was clear that").
NEUTRAL_PHRASES: tuple[str, ...] = (
    r"\bno (?:real |major |significant |big |particular |other |specific )?(?:areas? of concern|concerns?|issues?|problems?|doubts?|complaints?"
    r"|criticisms?|red flags|negatives?)\b",
    r"\bnothing (?:\w+ )?(?:wrong|negative|bad|to (?:improve|work on|add|fix)|specific|major|you did wrong)\b",
    r"\bnot (?:a|your) (?:lack|fault)\b|\bit (?:was|is|became|'s) (?:clear|obvious|evident)(?: that)?\b",
    r"\bto be (?:clear|honest|fair)\b|\bin all honesty\b|\bhonestly\b|\bclear (?:that|to us)\b",
    r"\b(?:we're|we are|i'm|i am) (?:confident|sure|certain) (?:you|that)\b[^.;]*",
    r"\b(?:method|approach|format|technique|framework|tip) (?:works?|is) (?:well|great|good|useful)\b|\bas well\b|\bmore and more\b|\bonce more\b|\bthe more\b|\bnot much to (?:say|add|report)\b",
)

PLEASANTRIES: tuple[str, ...] = (
    r"\b(?:good|best of) luck\b[^.!?;]*|\ball the (?:very )?best\b[^.!?;]*|\bwish(?:es|ing)? you\b[^.!?;]*",
    r"\bthank(?:s| you)(?: again| so much| very much)?(?: for [^.!?;,]*)?",
    r"\b(?:it was|it's been|it has been|was) (?:a (?:real |genuine )?(?:pleasure|delight)|great|lovely|nice|good) "
    r"(?:to (?:meet|speak|talk|chat)|meeting|speaking|talking|chatting)[^.!?;]*",
    r"\b(?:great|lovely|nice|good) (?:to (?:meet|speak|talk|chat)|meeting|speaking|talking|chatting)(?: (?:to|with))? you\b",
    r"\b(?:we |i )?(?:really |very much |thoroughly )?enjoyed (?:meeting|speaking|talking|chatting)[^.!?;]*",
    r"\bhope (?:this|that|it|you)\b[^.!?;]*|\b(?:feel free|don't hesitate|do not hesitate)\b[^.!?;]*",
    r"\b(?:happy|glad|pleased) to (?:help|share|chat|discuss|provide|give|pass on)\b[^.!?;]*",
    r"\bappreciate(?:d)? (?:your|you) (?:interest|patience|time|application|understanding|email|note|message|reaching)\w*",
    r"\bapologi[sz]e?s? for\b[^.!?;]*|\bsorry (?:for|about) the (?:delay|slow)[^.!?;]*|\blook(?:ing)? forward\b[^.!?;]*",
    r"\b(?:we'd|we would|i'd|i would) (?:love|like|be happy|be delighted|encourage you|welcome) (?:for )?(?:you )?to (?:apply|stay in touch|keep in touch|hear from you|see you apply|consider you)\b[^.!?;]*",
    r"\bkeep (?:your|you) (?:cv|details|profile|resume|name) on (?:file|record)\b[^.!?;]*",
    r"\b(?:apply|applying) (?:again|for (?:other|future))\b[^.!?;]*|\bfuture (?:roles|opportunities|vacancies)\b",
    r"\bfor (?:example|instance)\b|\be\.g\.|\bi\.e\.",
    r"\bgreat (?:question|to hear from you)\b|\bkind regards\b|\bbest regards\b|\bwarm regards\b",
)
