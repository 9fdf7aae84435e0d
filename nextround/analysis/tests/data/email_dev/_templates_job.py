"""Hand-written employer mail bodies for the dev corpus (filled in by _make_corpus.py)."""

# Each entry: (subject, body). Placeholders: {cand} {company} {role} {sender} {day} {time} {link}
ACK = [
    (
        "Thank you for applying to {company}",
        "Hi {cand},\n\nThank you for applying for the {role} position at {company}. We have "
        "received your application "
        "and our recruiting team is reviewing it now.\n\nIf your experience is a match for the "
        "role, a member of the "
        "team will reach out to discuss next steps.\n\nBest,\nThe {company} Recruiting Team",
    ),
    (
        "Application received: {role}",
        "Dear {cand},\n\nThis is an automated confirmation that your application for {role} has "
        "been successfully "
        "submitted. Due to the high volume of applications we receive, we are unable to respond "
        "to each applicant "
        "individually. If you have not heard from us within 14 days, please assume that your "
        "application has been "
        "unsuccessful on this occasion.\n\nKind regards,\n{company} HR",
    ),
    (
        "We've got your application!",
        "Hey {cand} 👋\n\nThanks so much for your interest in {company}! Your application for our "
        "{role} opening is in, "
        "and a real human on the hiring team will read it over the next week or so.\n\nIn the "
        "meantime, have a look at "
        "our blog to learn more about how we work.\n\nCheers,\n{company} People Team",
    ),
    (
        "Your application to {company}",
        "Dear {cand},\n\nWe confirm receipt of your application for the role of {role}. "
        "Applications will be assessed "
        "after the closing date and shortlisted candidates will be contacted to arrange an "
        "interview. Should you be "
        "successful at shortlisting stage you will be invited to interview in the week commencing "
        "{date}.\n\n"
        "Yours sincerely,\nRecruitment Team\n{company}",
    ),
    (
        "{company} | Application Confirmation",
        "Hello {cand},\n\nThank you for your interest in the {role} role. We've received your CV "
        "and it is now with the "
        "hiring manager. You can track the status of your application at any time by logging in "
        "to your candidate "
        "account.\n\nWe'll be in touch as soon as we have an update.\n\nRegards,\nTalent "
        "Acquisition, {company}",
    ),
    (
        "Thanks for applying",
        "Hi {cand},\n\nJust a quick note to say thanks for applying for the {role} job with us at "
        "{company}. I'm "
        "going through applications this week and will get back to you either way by the end of "
        "next week.\n\n"
        "Thanks,\n{sender}",
    ),
    (
        "Your job application has been received",
        "Dear {cand},\n\nThank you for submitting your application. We are currently reviewing "
        "all applications and "
        "will contact candidates whose skills most closely match the requirements of the {role} "
        "position. Unfortunately, "
        "due to the number of applications, we may not be able to contact every "
        "applicant.\n\nWith thanks,\n"
        "{company} Careers",
    ),
    (
        "Application update",
        "Hi {cand},\n\nWe wanted to let you know that we're still reviewing applications for the "
        "{role} vacancy, so "
        "there's no decision yet. Thanks for your patience; we expect to update all candidates "
        "within two weeks.\n\n"
        "Best wishes,\n{sender}\n{company}",
    ),
    (
        "Re: Application for {role}",
        "Hi {cand},\n\nThanks for sending your CV over. I've passed it on to the hiring manager "
        "and will let you know "
        "what they think.\n\n{sender}",
    ),
    (
        "Thanks for your application - {company}",
        "Dear {cand},\n\nThank you for your application for the position of {role}.\n\nWe will "
        "review your application "
        "carefully against the criteria for the role. If we would like to take your application "
        "further, we will contact "
        "you to arrange an interview. If you are not shortlisted, we will keep your details on "
        "file and may contact you "
        "about similar roles in the future.\n\nKind regards,\nHR Department\n{company}",
    ),
    (
        "We received your application for {role}",
        "Hi {cand},\n\nGreat news - your application for {role} at {company} has been "
        "received.\n\nWhat happens next?\n"
        "1. Our team reviews every application.\n2. If there's a fit, we'll invite you to a "
        "30-minute intro call.\n"
        "3. We aim to reply within 10 working days.\n\nTalk soon,\nThe {company} team",
    ),
    (
        "Your candidate profile at {company}",
        "Dear {cand},\n\nYour application has been submitted successfully and is now under "
        "review. Please do not reply "
        "to this email as this mailbox is not monitored.\n\nThank you for considering {company} "
        "as your next "
        "employer.\n\n{company} Talent Acquisition",
    ),
]

INVITE = [
    (
        "Interview invitation: {role} at {company}",
        "Hi {cand},\n\nThank you for applying for the {role} role. We were impressed by your "
        "application and would like "
        "to invite you to a first interview with our hiring manager.\n\nThe interview will last "
        "around 45 minutes and "
        "will be held over video on {day} at {time}. Here is the link: {link}\n\nPlease confirm "
        "whether this works for "
        "you.\n\nBest regards,\n{sender}\nTalent Partner | {company}",
    ),
    (
        "Next steps - {role}",
        "Hi {cand},\n\nGood news! The team enjoyed reviewing your application and we'd love to "
        "move you forward to the "
        "next stage: a technical interview with two of our engineers.\n\nPlease use the link "
        "below to book a time that "
        "suits you:\nhttps://calendly.com/{slug}/technical-interview\n\nCheers,\n{sender}",
    ),
    (
        "Re: Interview availability",
        "Hi {cand},\n\nUnfortunately the Tuesday slot has already gone, sorry about that! Could "
        "you do {day} at {time} "
        "instead? If not, send me a couple of times that work next week and I'll make it "
        "happen.\n\nThanks,\n{sender}\n"
        "{company}",
    ),
    (
        "Phone screen with {company}",
        "Hello {cand},\n\nI'm a recruiter at {company} and I'd like to set up a 20-minute phone "
        "screen to chat about the "
        "{role} position and your background. What times would work for you this "
        "week?\n\nBest,\n{sender}",
    ),
    (
        "Your interview is confirmed",
        "Dear {cand},\n\nYour interview for the position of {role} has been scheduled for {day} "
        "{date} at {time}.\n\n"
        "Location: {company}, 3rd floor reception. Please bring photo ID.\nYou'll be meeting with "
        "{sender} and a member of "
        "the team.\n\nIf you need to reschedule, please let us know at least 24 hours in "
        "advance.\n\nKind regards,\n"
        "Recruitment Coordinator",
    ),
    (
        "Online assessment - {company}",
        "Hi {cand},\n\nThanks for your interest in {company}. As the next step in our process for "
        "the {role} role, we'd "
        "like you to complete a short online assessment. Please complete the assessment within 5 "
        "days using the link "
        "below. It should take about 60 minutes.\n\nhttps://assess.{slug}.com/start/8842\n\nGood "
        "luck!\n{company} "
        "Recruiting",
    ),
    (
        "Invitation to final round",
        "Hi {cand},\n\nCongratulations on making it to the final round for the {role} role! We'd "
        "like to invite you to an "
        "onsite interview day at our office on {day} {date}, starting at {time}. You'll meet the "
        "team, present your "
        "case study and have lunch with us.\n\nCould you confirm by Friday?\n\nWarm "
        "regards,\n{sender}",
    ),
    (
        "Quick chat?",
        "Hi {cand},\n\nI read your application for the {role} role and I'd love to have a quick "
        "chat about it. Are you "
        "free on {day} at {time}? I've put a Google Meet link below, but happy to move "
        "it.\n\n{link}\n\n{sender}\n"
        "Head of Engineering, {company}",
    ),
    (
        "Rescheduled: {role} interview",
        "Hi {cand},\n\nApologies, but our hiring manager is now unavailable at the original time. "
        "We've moved your "
        "interview to {day} at {time}. The Microsoft Teams link stays the same: {link}\n\nSorry "
        "for any inconvenience "
        "and looking forward to speaking with you then.\n\n{sender}",
    ),
    (
        "Action required: schedule your interview with {company}",
        "Hi {cand},\n\nYou've been shortlisted for the {role} position! Please select a time slot "
        "for your video interview "
        "using our scheduling link. Slots are available from {day} onwards.\n\nThe {company} "
        "Talent Team",
    ),
    (
        "{company} - take-home exercise",
        "Hi {cand},\n\nThank you for the chat last week. We'd like to progress you to the next "
        "stage, which is a "
        "take-home exercise. You'll find the brief attached; please send your solution back "
        "within a week and we'll then "
        "schedule a review call.\n\nBest,\n{sender}",
    ),
    (
        "Interview for {role}",
        "Dear {cand},\n\nFurther to your application, I am pleased to invite you for an interview "
        "for the above post. The "
        "panel will consist of myself and the Head of Department. The interview will take place "
        "on {day} {date} at "
        "{time} and will include a 10-minute presentation.\n\nPlease let me know if you are "
        "unable to attend.\n\n"
        "Yours sincerely,\n{sender}\n{company}",
    ),
    (
        "Let's talk!",
        "Hey {cand},\n\nLoved your portfolio. Would you be up for a 30 min call with me and our "
        "design lead? Let me know "
        "your availability for next week and I'll send an invite.\n\nBest,\n{sender} @ {company}",
    ),
    (
        "Second interview",
        "Hi {cand},\n\nThanks again for your time on Monday - the team really enjoyed meeting "
        "you. We'd like to bring you "
        "back for a second interview with our CTO. Does {day} at {time} work for you?\n\nBest "
        "regards,\n{sender}\n"
        "{company}",
    ),
]

REJECT = [
    (
        "Your application to {company}",
        "Hi {cand},\n\nThank you for your interest in the {role} role at {company} and for the "
        "time you invested in "
        "applying. After careful consideration, we have decided to move forward with other "
        "candidates whose experience "
        "more closely matches our needs.\n\n{feedback}{talent}We wish you the best of luck in "
        "your job search.\n\n"
        "Best,\n{company} Recruiting",
    ),
    (
        "Update on your application",
        "Dear {cand},\n\nThank you for applying for the position of {role}. We regret to inform "
        "you that your application "
        "has not been successful on this occasion.\n\n{feedback}{talent}Kind regards,\nHR "
        "Team\n{company}",
    ),
    (
        "{role} - outcome",
        "Hi {cand},\n\nThanks so much for coming in to meet the team last week. I'm afraid I "
        "don't have good news: we've "
        "offered the role to another candidate.\n\n{feedback}{talent}Thanks again, and all the "
        "best.\n{sender}",
    ),
    (
        "Re: {role} interview",
        "Hi {cand},\n\nThank you for interviewing with us for the {role} role. Unfortunately, we "
        "won't be moving forward "
        "with your application at this time.\n\n{feedback}{talent}Best "
        "wishes,\n{sender}\n{company}",
    ),
    (
        "Your {company} application",
        "Dear {cand},\n\nThank you for taking the time to complete the assessment for the {role} "
        "role. Having reviewed "
        "your results, we are sorry to let you know that we will not be progressing your "
        "application to the next "
        "stage.\n\n{feedback}{talent}Yours sincerely,\n{company} Graduate Recruitment",
    ),
    (
        "Thank you from {company}",
        "Hi {cand},\n\nIt was a pleasure speaking with you about the {role} position. This was a "
        "really difficult decision, "
        "but we've decided to go with a candidate who has more experience in our "
        "industry.\n\n{feedback}{talent}"
        "Take care,\n{sender}",
    ),
    (
        "Application status",
        "Dear Applicant,\n\nThank you for your interest in the {role} vacancy. We received a very "
        "large number of strong "
        "applications and unfortunately you have not been shortlisted for "
        "interview.\n\n{feedback}{talent}"
        "Regards,\nRecruitment\n{company}",
    ),
    (
        "Regarding the {role} position",
        "Hi {cand},\n\nI wanted to let you know personally that we won't be offering you the "
        "role. You were one of our "
        "final two and it came down to very small margins.\n\n{feedback}{talent}I really "
        "appreciated your time.\n\n"
        "{sender}",
    ),
    (
        "{company}: {role}",
        "Hello {cand},\n\nWe appreciate your interest in {company}. The {role} position has now "
        "been filled, so we are "
        "closing your application.\n\n{feedback}{talent}Sincerely,\nThe {company} Talent Team",
    ),
    (
        "An update from {company}",
        "Hi {cand},\n\nThanks for your patience while we completed our interviews for the {role} "
        "role. After a lot of "
        "discussion, the hiring team has decided not to proceed with your "
        "candidacy.\n\n{feedback}{talent}"
        "We're grateful for the time you gave us.\n\nWarmly,\n{sender}",
    ),
    (
        "Your interview with {company}",
        "Dear {cand},\n\nThank you for attending the interview on Thursday. Sadly you were "
        "unsuccessful this time and "
        "the panel has offered the post to an internal applicant.\n\n{feedback}{talent}With best "
        "wishes,\n{sender}\n"
        "{company}",
    ),
    (
        "Following up",
        "Hi {cand}, just following up after your second round. Really sorry, but we're not going "
        "to take things further "
        "for the {role} role.\n\n{feedback}{talent}All the best,\n{sender}",
    ),
    (
        "{role} application",
        "Dear {cand},\n\nThe role of {role} has been put on hold due to a change in business "
        "priorities, so we will not be "
        "able to progress your application further.\n\n{feedback}{talent}Kind regards,\n{company} "
        "Recruitment",
    ),
]

OFFER = [
    (
        "Offer of employment - {role}",
        "Dear {cand},\n\nFollowing your recent interview, I am delighted to offer you the "
        "position of {role} at {company}. "
        "Your starting salary will be £{salary} per annum and your start date is to be "
        "confirmed.\n\nPlease find attached "
        "your offer letter and contract. Kindly sign and return them within 7 days to "
        "accept.\n\nYours sincerely,\n"
        "{sender}\nHR Manager, {company}",
    ),
    (
        "Great news from {company}!",
        "Hi {cand},\n\nCongratulations! The whole team loved meeting you and we'd like to offer "
        "you the {role} role. "
        "I'll call you tomorrow to talk through the details, and a formal offer will follow by "
        "email.\n\nWelcome aboard "
        "(hopefully!),\n{sender}",
    ),
    (
        "Your offer from {company}",
        "Hi {cand},\n\nAs discussed on the phone today, please find your written offer for the "
        "{role} position attached. "
        "The offer includes a base salary of ${salary}, equity and our standard benefits. Let me "
        "know if you have "
        "any questions before you accept the offer.\n\nLooking forward to working with "
        "you,\n{sender}",
    ),
    (
        "Verbal offer follow-up",
        "Hi {cand},\n\nThanks for taking my call earlier. Just to confirm in writing: we're "
        "extending a verbal offer for "
        "the {role} role, subject to references and a background check. Our HR team will send the "
        "contract by Friday.\n\n"
        "Speak soon,\n{sender}\n{company}",
    ),
    (
        "Welcome to {company}",
        "Dear {cand},\n\nWe are thrilled to offer you a place on our graduate scheme as a {role}. "
        "This offer is conditional "
        "on satisfactory references and proof of your right to work.\n\nWe look forward to "
        "welcoming you to the team.\n\n"
        "Best regards,\nEarly Careers Team, {company}",
    ),
    (
        "We'd love you to join us",
        "Hey {cand},\n\nI'm so pleased to say the panel was unanimous and we would love to offer "
        "you the job! Attached is "
        "the offer letter with salary and start date. Have a read and let me know if anything "
        "needs tweaking.\n\n"
        "Cheers,\n{sender}",
    ),
    (
        "Offer - {role}",
        "Hello {cand},\n\nFurther to our conversation, we are pleased to extend a formal offer of "
        "employment for the role of "
        "{role}. Please review the enclosed offer pack and confirm your acceptance via the "
        "candidate portal.\n\n"
        "Regards,\n{company} People Operations",
    ),
]

FEEDBACK = [
    (
        "Re: Feedback on my interview",
        "Hi {cand},\n\nThanks for asking for feedback - it's a good question and I'm happy to "
        "share what the panel "
        "said.\n\n{feedback}{talent}Hope this helps, and good luck.\n{sender}",
    ),
    (
        "Re: {role} - feedback request",
        "Dear {cand},\n\nThank you for your email requesting feedback following your interview "
        "for the {role} "
        "position.\n\n{feedback}{talent}Kind regards,\n{sender}\n{company}",
    ),
    (
        "Feedback from your interview",
        "Hi {cand},\n\nAs promised, here is some feedback from the interview "
        "panel.\n\n{feedback}{talent}Best,\n{sender}",
    ),
    (
        "Re: Quick question",
        "Hi {cand},\n\nYou asked whether I could share some feedback on why we didn't progress "
        "your application for "
        "{role}.\n\n{feedback}{talent}Thanks,\n{sender}",
    ),
    (
        "Re: Following up on my application",
        "Hello {cand},\n\nThanks for reaching out and for your request for feedback on the {role} "
        "process.\n\n"
        "{feedback}{talent}Regards,\n{sender}",
    ),
]

FEEDBACK_DECLINE = [
    "Unfortunately, due to the volume of applications, we're not able to provide individual "
    "feedback at this stage.\n\n",
    "I'm afraid company policy means we can't give detailed feedback on interviews, but the "
    "decision was a close one.\n\n",
    "I'm sorry, but we don't provide feedback to candidates who were not shortlisted.\n\n",
    "Honestly there wasn't anything specific; it was a very strong field and it came down to fine "
    "margins.\n\n",
]
