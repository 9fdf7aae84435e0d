"""Feedback lines, talent-pool lines and ordinary (non-employer) mail for the dev corpus."""

SPECIFIC_FEEDBACK = [
    "The panel felt your answer on SQL window functions lacked depth.",
    "Your take-home solution worked, but the code had no tests and the structure was hard to "
    "follow.",
    "We'd have liked to see more concrete examples of stakeholder management in your answers.",
    "Your presentation ran well over time and didn't leave room for questions.",
    "In the system design discussion you struggled to explain how the service would scale.",
    "You scored below our pass mark on the numerical reasoning test.",
    "The interviewers noted that your answers to the behavioural questions were quite vague.",
    "Your knowledge of our product was limited, which came across in the case study.",
    "Your portfolio was strong visually, but you didn't walk us through your research process.",
    "We felt your experience with Kubernetes was not yet at the level the role needs.",
    "You came across as a little hesitant when discussing budget ownership.",
    "The hiring manager felt your salary expectations were above the band for this role.",
    "Your lesson observation was well paced, but the questioning didn't stretch the more able "
    "pupils.",
    "The case study answer missed the main commercial risk we were looking for.",
    "Your Excel task had a couple of formula errors in the reconciliation tab.",
    "We noticed you didn't ask any questions about the team or the role.",
    "Your explanation of the A/B test results was unclear and the panel wasn't sure you "
    "understood significance.",
    "Your answers tended to ramble, and the STAR structure would have helped you stay on track.",
]
SPECIFIC_BULLETS = [
    "- Technical: your Python was solid but the debugging exercise took too long\n"
    "- Communication: answers were clear and well structured\n- Product sense: more depth on "
    "trade-offs needed\n\n",
    "* Strong understanding of the data model\n* Not enough hands-on experience leading a team\n"
    "* Examples were too high-level; we wanted numbers\n\n",
    "1) The coding task was correct but not very readable.\n2) You could have asked more "
    "clarifying questions.\n\n",
]
GENERIC_FEEDBACK = [
    "We had a large number of very strong applicants for this role.",
    "It was an extremely competitive process and the decision was very close.",
    "The successful candidate had experience that more closely matched what the team needs right "
    "now.",
    "We were impressed with your background, and it was a difficult decision.",
    "We really enjoyed meeting you and learning about your experience.",
]
TALENT = [
    "We'd love to keep your details on file and will be in touch if a suitable role comes up.",
    "We encourage you to apply for future openings that match your skills.",
    "With your permission, we'll add you to our talent pool for future opportunities.",
    "Please don't hesitate to apply again in the future.",
    "I'll keep you in mind for other roles on the team.",
    "We will retain your CV on file for 12 months and may contact you about similar positions.",
    "Do keep an eye on our careers page and feel free to reapply.",
    "We would be happy to consider you for future vacancies.",
]

# Ordinary mail, full of misleading words. (subject, body, from_name, from_addr, bulk)
OTHER = [
    (
        "5 interview questions you must prepare for",
        "This week's career newsletter: how to ace your next job interview, how to negotiate a "
        "job offer and what to say "
        "when a recruiter asks about salary.\n\nRead more on our blog.\n\nUnsubscribe | Manage "
        "preferences",
        "CareerBoost Weekly",
        "news@careerboost.example",
        True,
    ),
    (
        "New jobs matching 'data analyst'",
        "12 new jobs for you\n\nData Analyst - Fernhill Studios - London\nJunior Analyst - "
        "Orbital Foods - Remote\n"
        "Easy Apply\n\nSee all jobs | You are receiving job alerts because you signed up.",
        "JobBoard Alerts",
        "alerts@jobboard.example",
        True,
    ),
    (
        "Your order has shipped",
        "Hi {cand},\n\nGood news: your order #48213 has been shipped and should arrive Thursday. "
        "Track your parcel with "
        "the tracking number below.\n\nThanks for shopping with us!",
        "Parcel Point",
        "orders@parcelpoint.example",
        False,
    ),
    (
        "Limited time offer: 40% off interview coaching",
        "Land your dream job! Our interview coaching package is 40% off until Sunday. Book a mock "
        "interview with a "
        "former recruiter and get your offer faster.\n\nUse promo code HIRED40.",
        "Interview Pro",
        "hello@interviewpro.example",
        False,
    ),
    (
        "Dinner on Saturday?",
        "Hey {cand}! Are you free on Saturday for dinner? Mum's birthday - we're booking the "
        "Italian place at 7. "
        "Also good luck with the interview stuff, you've got this.\n\nLove, Jess",
        "Jess",
        "jess.m@gmail.com",
        False,
    ),
    (
        "Receipt for your payment",
        "Payment received: £12.99 for Premium Membership (monthly). Your next bill is on the "
        "14th. Invoice attached.",
        "StreamBox",
        "billing@streambox.example",
        False,
    ),
    (
        "Someone viewed your profile",
        "A recruiter at a company in Financial Services viewed your profile. Upgrade to Premium "
        "to see who viewed your "
        "profile and get recommended jobs.",
        "ProNet",
        "notifications@pronet.example",
        True,
    ),
    (
        "Webinar: how hiring managers read your CV",
        "Join our free webinar next Tuesday at 6pm with three hiring managers who will explain "
        "how they shortlist "
        "candidates and why applications get rejected. RSVP now - places are limited!",
        "Grad Jobs Hub",
        "events@gradhub.example",
        False,
    ),
    (
        "Re: weekend plans",
        "Sounds good! I'll bring the tent. Did you hear back from that design job yet? Fingers "
        "crossed.\n\nTom",
        "Tom Baker",
        "tom.baker@outlook.com",
        False,
    ),
    (
        "Your password was changed",
        "The password for your account was changed on Monday. If this wasn't you, please reset "
        "your password now.",
        "Security",
        "no-reply@accounts.example",
        False,
    ),
    (
        "Special offer just for you",
        "Hi {cand}, we have an exclusive offer: upgrade your broadband today and get 3 months "
        "free. This offer expires "
        "soon, so don't miss out!",
        "Fibrelink",
        "deals@fibrelink.example",
        True,
    ),
    (
        "Your application for a credit card",
        "Thank you for applying for the Everyday Rewards credit card. We've received your "
        "application and will let you "
        "know our decision within 5 working days.",
        "Copper Bank",
        "cards@copperbank.example",
        False,
    ),
    (
        "Meeting notes from today",
        "Hi all,\n\nAttached are the notes from today's project meeting. Actions: Sam to update "
        "the dashboard, Priya to "
        "schedule the next sprint review for Thursday at 10am.\n\nThanks,\nMark",
        "Mark Ellis",
        "mark.ellis@currentjob.example",
        False,
    ),
    (
        "Your weekly digest",
        "Top stories this week: 'I turned down a job offer and here's why', 'The 3-interview "
        "rule', and 'Why recruiters "
        "ghost candidates'. Plus: new roles in tech.\n\nView in browser · Unsubscribe",
        "The Work Report",
        "digest@workreport.example",
        True,
    ),
    (
        "Gym class booking confirmed",
        "Your booking for Spin at 07:00 on Wednesday is confirmed. Please arrive 10 minutes "
        "early. Cancel up to 2 hours "
        "before the class.",
        "FitHub",
        "bookings@fithub.example",
        False,
    ),
    (
        "Volunteer application received",
        "Thanks for signing up to volunteer at the community garden! We'll send the rota next "
        "week.",
        "Green Streets",
        "hello@greenstreets.example",
        False,
    ),
    (
        "Your rental application",
        "Dear {cand}, the landlord has reviewed your rental application for Flat 3 and would like "
        "to arrange a viewing "
        "on Friday at 5pm. Please confirm.",
        "City Lettings",
        "lettings@citylettings.example",
        False,
    ),
    (
        "Course enrolment confirmation",
        "Welcome to 'SQL for Analysts'! Your enrolment is confirmed. Module 1 unlocks on Monday. "
        "Certificate on "
        "completion.",
        "LearnHub",
        "courses@learnhub.example",
        True,
    ),
]
