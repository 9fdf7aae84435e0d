"""The fictional companies, people and wording of the demo data set (no Django import)."""

# (name, domain) - every domain ends in .example, a name reserved for documentation.
COMPANIES = [
    ("Northwind Analytics", "northwind"),
    ("Brightwater Energy", "brightwater"),
    ("Copperleaf Health", "copperleaf"),
    ("Harbour Lane Bank", "harbourlane"),
    ("Finch & Moss", "finchmoss"),
    ("Tidewater Logistics", "tidewater"),
    ("Quillstone Publishing", "quillstone"),
    ("Orbital Retail Group", "orbitalretail"),
    ("Greenhollow Foods", "greenhollow"),
    ("Lumen Mobility", "lumenmobility"),
    ("Kestrel Insurance", "kestrel"),
    ("Parkside Learning", "parkside"),
    ("Sableworks Games", "sableworks"),
    ("Meridian Housing Trust", "meridianhousing"),
    ("Bluebell Travel", "bluebelltravel"),
    ("Cobalt Payments", "cobaltpay"),
    ("Foxglove Pharma", "foxglove"),
    ("Westmoor Council Digital", "westmoor"),
    ("Riverbank Media", "riverbank"),
    ("Atlas Freight", "atlasfreight"),
    ("Nimbus Cloudworks", "nimbus"),
    ("Heather & Pine Outdoors", "heatherpine"),
    ("Saltmarsh Renewables", "saltmarsh"),
    ("Pennant Sports Data", "pennant"),
    ("Clearview Opticians", "clearview"),
    ("Marlow Property", "marlow"),
    ("Ironbridge Manufacturing", "ironbridge"),
    ("Willow Telecom", "willowtel"),
]

ROLES = [
    "Data Analyst",
    "Senior Data Analyst",
    "Product Analyst",
    "Analytics Engineer",
    "BI Developer",
    "Insights Analyst",
    "Marketing Data Analyst",
    "Junior Data Scientist",
    "Commercial Analyst",
    "Data Analyst (Customer Insights)",
]

LOCATIONS = [
    ("London", "hybrid"),
    ("London", "onsite"),
    ("Manchester", "hybrid"),
    ("Bristol", "hybrid"),
    ("Leeds", "onsite"),
    ("Edinburgh", "hybrid"),
    ("Birmingham", "onsite"),
    ("Remote (UK)", "remote"),
    ("Remote (Europe)", "remote"),
    ("Cambridge", "hybrid"),
]

SOURCES = [
    "LinkedIn",
    "Company website",
    "Referral",
    "Indeed",
    "Recruiter outreach",
    "Otta",
    "Meetup contact",
    "Glassdoor",
]

SALARIES = [
    "£38,000–£45,000",
    "£45,000–£55,000",
    "£50,000 + bonus",
    "£55,000–£65,000",
    "£60k–£70k + equity",
    "£42,000",
    "Competitive",
    "",
]

FIRST_NAMES = [
    "Priya",
    "Tom",
    "Aisha",
    "Callum",
    "Mei",
    "Oliver",
    "Fatima",
    "James",
    "Sofia",
    "Kwame",
    "Hannah",
    "Diego",
    "Niamh",
    "Raj",
    "Elena",
    "Ben",
    "Chloe",
    "Yusuf",
    "Grace",
    "Lukas",
    "Amara",
    "Owen",
    "Ingrid",
    "Samir",
    "Rosa",
    "Daniel",
    "Zara",
    "Patrick",
    "Leah",
    "Hugo",
]
LAST_NAMES = [
    "Shah",
    "Whitfield",
    "Okafor",
    "MacLeod",
    "Chen",
    "Hughes",
    "Rahman",
    "Barker",
    "Rossi",
    "Mensah",
    "Price",
    "Alvarez",
    "Byrne",
    "Patel",
    "Novak",
    "Carter",
    "Dubois",
    "Aydin",
    "Fletcher",
    "Becker",
    "Eze",
    "Lloyd",
    "Nilsen",
    "Haddad",
    "Moreno",
    "Kerr",
    "Malik",
]

JOB_DESCRIPTION = (
    "We are looking for a {role} to join our {team} team in {location}.\n\n"
    "You will own recurring reporting, answer ad-hoc questions from product and commercial "
    "colleagues, and help us move our dashboards from spreadsheets to a proper warehouse.\n\n"
    "What you'll need:\n"
    "- Strong SQL and one of Python or R\n"
    "- Experience with a BI tool (Looker, Power BI or Tableau)\n"
    "- Comfort presenting findings to non-technical stakeholders\n\n"
    "Nice to have: dbt, experimentation / A/B testing, {extra}."
)
TEAMS = ["Data", "Insights", "Product Analytics", "Commercial", "Growth", "Operations"]
EXTRAS = ["Airflow", "forecasting", "customer segmentation", "GA4", "Snowflake", "pricing"]

# Notes a job seeker writes, by the stage the application had just reached.
NOTES = {
    "saved": [
        "Spotted via a former colleague's post. Check whether they sponsor certifications.",
        "Role asks for Looker; update the CV bullet about the dashboard rebuild.",
    ],
    "applied": [
        "Tailored the CV around the dbt migration project and the churn model.",
        "Cover letter mentions the volunteering analytics work for the food bank.",
        "Applied through the careers site; the form asked for a 200-word answer on SQL.",
    ],
    "screening": [
        "Recruiter call booked. Prepare a 2-minute summary of the pricing analysis.",
        "Screen went well: team of 6, reporting into the Head of Data, hybrid 2 days.",
        "They asked about notice period and salary expectations; said £52k.",
    ],
    "interviewing": [
        "Technical round: SQL window functions and a case about falling conversion.",
        "Debrief: fumbled the sample size question for the A/B test. Revise power analysis.",
        "Panel liked the stakeholder story; next stage is a take-home task.",
        "Take-home submitted: cohort retention analysis in a notebook plus a one-page summary.",
    ],
    "offer": [
        "Offer received verbally; asked for the written offer and the benefits pack.",
        "Negotiating: asked for £3k more or a training budget.",
    ],
    "accepted": ["Signed! Start date agreed for the first Monday of next month."],
    "rejected": [
        "Feedback: strong SQL, but they wanted more experimentation experience.",
        "No feedback given. Ask the recruiter for two sentences of feedback.",
        "They went with an internal candidate.",
    ],
    "no_response": [
        "Chased the recruiter twice by email; no reply. Moving on.",
        "No answer after six weeks. The advert has been taken down.",
    ],
    "withdrawn": [
        "Withdrew: the role turned out to be 5 days in the office.",
        "Withdrew after accepting another offer.",
    ],
}

REJECTION_NOTES = [
    "Email from the recruiter: not progressing at this time.",
    "Automated rejection email.",
    "Call from the hiring manager; they chose a candidate with more domain experience.",
]

# The number of applications that end at each stage; (final stage, stage it closed from).
STAGE_PLAN = (
    [("saved", "")] * 4
    + [("applied", "")] * 8
    + [("screening", "")] * 5
    + [("interviewing", "")] * 6
    + [("offer", "")] * 2
    + [("accepted", "")] * 1
    + [("rejected", "applied")] * 4
    + [("rejected", "screening")] * 3
    + [("rejected", "interviewing")] * 2
    + [("withdrawn", "screening")] * 1
    + [("withdrawn", "interviewing")] * 1
    + [("no_response", "applied")] * 3
)
