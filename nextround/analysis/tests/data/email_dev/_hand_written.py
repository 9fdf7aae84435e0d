"""Hand-written one-off mails for the dev corpus, each in its own wording (see _make_corpus.py)."""

# (kind, specific, talent, company, role, from, subject, body, html?)
HAND = [
    (
        "acknowledgement",
        False,
        False,
        "Marlow Bikes",
        "Workshop Mechanic",
        "Marlow Bikes <jobs@marlowbikes.co.uk>",
        "Got it!",
        "Hi Dana,\n\nYour application for the Workshop Mechanic job landed safely in our inbox. "
        "Ellie, who runs "
        "the workshop, reads every one herself, so give us a week or two.\n\nMarlow Bikes",
        False,
    ),
    (
        "acknowledgement",
        False,
        True,
        "Crestview Bank",
        "Risk Analyst",
        "Crestview Bank Careers <careers@crestview.com>",
        "Crestview Bank - Application Submitted",
        "<p>Dear Candidate,</p><p>We are writing to confirm that we have your "
        "application for <b>Risk Analyst (REQ-20931)</b>.</p><p>Our recruiters are now assessing "
        "applications. Where your "
        "profile is not selected for this vacancy, we may retain it in our talent community and "
        "contact you when a role that "
        "matches your experience opens.</p><p>Crestview Bank Talent Acquisition</p>",
        True,
    ),
    (
        "acknowledgement",
        False,
        False,
        "Pebble & Stone",
        None,
        "Mo Karim <mo@pebbleandstone.com>",
        "Re: CV",
        "Thanks Alex, received. I'll have a proper look over the weekend and come back to you "
        "Monday.\n\nMo",
        False,
    ),
    (
        "interview_invitation",
        False,
        False,
        "Northgate Housing",
        "Tenancy Officer",
        "Northgate Housing <recruitment@northgatehousing.org>",
        "Tenancy Officer - shortlisting outcome",
        "Dear Chris,\n\nI'm pleased to tell you that you have been shortlisted for the Tenancy "
        "Officer post. Interviews will "
        "be held at our Leeds office on 12 June. Please reply with your preferred time: 10:00, "
        "11:30 or 14:00.\n\nKind "
        "regards,\nRecruitment, Northgate Housing",
        False,
    ),
    (
        "interview_invitation",
        False,
        False,
        "Bramble Games",
        "Gameplay Programmer",
        "Ola Nyberg <ola@bramblegames.se>",
        "coffee?",
        "hey Riley - saw your application for the gameplay programmer spot, your jam games are "
        "great fun. fancy "
        "hopping on a video call thursday or friday afternoon to chat about the team? any time "
        "after 1 works for me\n\nola",
        False,
    ),
    (
        "interview_invitation",
        False,
        False,
        "Quayside Dental",
        "Dental Nurse",
        "Quayside Dental <hello@quaysidedental.com>",
        "Trial shift",
        "Hi Jo,\n\nThanks for applying for the Dental Nurse vacancy. We'd like you to come in for "
        "a short "
        "interview and a trial shift on Wednesday 9am. Unfortunately we can't cover travel costs. "
        "Let me know if that time "
        "suits.\n\nPam\nPractice Manager, Quayside Dental",
        False,
    ),
    (
        "rejection",
        False,
        False,
        "Vireo Systems",
        "Platform Engineer",
        "Vireo Systems <no-reply@vireo.example>",
        "Vireo Systems: Platform Engineer",
        "Hi Kim,\n\nThank you for your interest in Vireo Systems. We've now reviewed "
        "your application for Platform Engineer and, although your background is impressive, we "
        "will not be moving forward "
        "at this time. Given the volume of applications we are unable to provide "
        "feedback.\n\nVireo Talent",
        False,
    ),
    (
        "rejection",
        True,
        True,
        "Ferris Media",
        "Copywriter",
        "Hannah (Ferris Media) <hannah@ferrismedia.com>",
        "Copywriter role",
        "Hi Leo,\n\nI hope you're well. I wanted to get back to you after Tuesday. We really "
        "liked you, "
        "but we've offered the position to someone with more agency experience. Your writing test "
        "was sharp, though the "
        "headlines you pitched for the bank brief felt a bit safe for what the client "
        "wanted.\n\nI'd love to keep in touch - "
        "we grow fast and I'm sure something else will come up.\n\nHannah",
        False,
    ),
    (
        "rejection",
        False,
        False,
        "Ostrava Logistics",
        "Warehouse Supervisor",
        "HR <hr@ostrava-logistics.com>",
        "Your application",
        "Dear Mr Patel,\n\nWe refer to your application for the post of Warehouse Supervisor. We "
        "regret that on this occasion your application was not shortlisted.\n\nThank you for your "
        "interest in Ostrava "
        "Logistics.\n\nHuman Resources",
        False,
    ),
    (
        "rejection",
        False,
        True,
        "Lumina Health",
        "Clinical Data Manager",
        "Lumina Health via Workday <lumina@myworkday.com>",
        "Update regarding your application for Clinical Data Manager",
        "Dear Sasha,\n\nThank you for your interest in the "
        "Clinical Data Manager position at Lumina Health. After careful review, we have decided "
        "to pursue other applicants "
        "for this position.\n\nWe appreciate the time you took to apply and encourage you to "
        "visit our career site for "
        "future openings.\n\nSincerely,\nLumina Health Talent Acquisition",
        False,
    ),
    (
        "offer",
        False,
        False,
        "Cinder Studio",
        "Motion Designer",
        "Priya at Cinder <priya@cinder.studio>",
        "You're in!",
        "Hi Noor,\n\nI'm beyond happy to tell you we want you on the team as our new Motion "
        "Designer. The "
        "formal paperwork is coming from our HR system tomorrow, but I couldn't wait to tell you. "
        "Salary is as we discussed, "
        "£42k, and we'd love you to start on the 3rd.\n\nPriya",
        False,
    ),
    (
        "offer",
        False,
        False,
        "Harlow College",
        "Lecturer in Chemistry",
        "Harlow College HR <hr@harlow.ac.uk>",
        "Conditional offer of appointment",
        "Dear Dr Adeyemi,\n\nI am pleased to confirm the College's offer of "
        "appointment to the post of Lecturer in Chemistry, subject to satisfactory references and "
        "an enhanced DBS check. "
        "Please confirm your acceptance in writing.\n\nYours sincerely,\nHR Services, Harlow "
        "College",
        False,
    ),
    (
        "feedback_reply",
        True,
        False,
        "Tessellate",
        "Data Engineer",
        "Ravi Shah <ravi@tessellate.io>",
        "Re: Data Engineer - any feedback?",
        "Hi Emma,\n\nOf course, happy to. The team liked your SQL, but in the pipeline "
        "design round you didn't consider how to backfill late-arriving data, and that's a big "
        "part of the job here. Your "
        "Airflow knowledge also seemed mostly theoretical.\n\nHope that's useful,\nRavi\n\nOn "
        "Mon, 3 Jun 2024 at 09:12, "
        "Emma <emma@example.com> wrote:\n> Hi Ravi, thanks for letting me know. Would you be able "
        "to share any feedback?",
        False,
    ),
    (
        "feedback_reply",
        False,
        False,
        "Granite Insurance",
        "Claims Handler",
        "Granite Insurance <talent@granite.co.uk>",
        "RE: Request for feedback - Claims Handler",
        "Dear Mr Jones,\n\nThank you for your email. I'm afraid that, as we "
        "receive such a high number of applications, we are not able to offer individual feedback "
        "to candidates who were "
        "not invited to interview.\n\nKind regards,\nTalent Team\nGranite Insurance",
        False,
    ),
    (
        "feedback_reply",
        True,
        True,
        None,
        None,
        "Beth Moore <beth@hollowaypartners.com>",
        "Re: Thank you",
        "Hi Sam,\n\nThanks for getting in touch and for asking about feedback, it shows great "
        "attitude. "
        "The partners felt your case interview was well structured, but your market-sizing "
        "numbers were off by an order of "
        "magnitude and you didn't sense-check them. Work on that and please do apply again next "
        "year.\n\nBeth",
        False,
    ),
    (
        "other",
        False,
        False,
        None,
        None,
        "Headway Jobs <jobs@headway.example>",
        "Your job alert: 8 new Product Manager jobs",
        "Product Manager - Sunbeam Foods - Bristol\nSenior Product Manager - Cloudline - "
        "Remote\nApply with your saved CV "
        "in one click.\n\nYou are receiving this alert because you created it. Manage alerts.",
        False,
    ),
    (
        "other",
        False,
        False,
        None,
        None,
        "Offerpad Deals <deals@offerpad.example>",
        "Interview-ready in 7 days",
        "Nail the interview, get the offer. Our 7-day interview bootcamp is now half price. Join "
        "20,000 job seekers "
        "who landed offers!",
        False,
    ),
    (
        "other",
        False,
        False,
        None,
        None,
        "Lauren Price <lauren.price@gmail.com>",
        "reference",
        "Hi! Of course I'm happy to be your reference for the new job, just give them my number. "
        "Let me know how the "
        "interview goes!\n\nL x",
        False,
    ),
    (
        "other",
        False,
        False,
        None,
        None,
        "Careers Service <careers@uni.example>",
        "Careers fair next week",
        "Over 60 employers will be at the careers fair on Wednesday, many with graduate roles and "
        "internships. Bring copies "
        "of your CV and practise your elevator pitch. Mock interviews available all day.",
        False,
    ),
    (
        "other",
        False,
        False,
        None,
        None,
        "Ash Recruiters <ash@ashrecruit.example>",
        "Exciting opportunity",
        "Hi there, I came across your profile and have a number of exciting opportunities with "
        "leading fintechs. Please "
        "send me your latest CV and salary expectations and I'll be in touch.\n\nAsh",
        False,
    ),
]
