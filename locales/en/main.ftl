# English interface texts. Every key here must exist in every other language
# (a test checks). Keys are grouped by page.

site-name = WSIS Forum Consultation Portal
skip-to-content = Skip to main content
nav-label = Main
nav-menu = Menu
nav-home = Home
nav-login = Sign in
nav-register = Register
nav-account = My account
nav-logout = Sign out
language-label = Language
footer-organizers = The WSIS Forum is co-organized by ITU, UNESCO, UNCTAD and UNDP.
footer-process = Open Consultation Process: propose sessions, share views, shape the programme.
none = None
title-error-prefix = Error:

# Home
home-title = Shape the WSIS Forum programme
home-lead = Every year the WSIS Forum builds its agenda from the Open Consultation Process. Governments, the private sector, civil society, academia, the technical community and international organizations propose the sessions.
home-cta-register = Create an account
home-cta-login = Sign in
home-welcome-back = Welcome back, { $name }.
home-steps-label = How the consultation works
home-step-propose-title = Propose
home-step-propose-body = Your organization proposes a session: its format, its panel, and the WSIS Action Lines and Sustainable Development Goals it serves.
home-step-review-title = Review
home-step-review-body = Reviewers and Action Line facilitators assess every proposal against published criteria, including the balance of the panel.
home-step-agenda-title = Agenda
home-step-agenda-body = The Secretariat builds the agenda from the accepted sessions and publishes it for everyone to follow and reuse.

# Forms
form-has-errors = There is a problem
form-optional = (optional)
select-placeholder = Choose…
password-show = Show password
password-hide = Hide password
field-name = Full name
field-email = E-mail address
field-email-hint = We send a link to this address to confirm it.
field-password = Password
field-password-hint = At least { $min } characters. A few words you will remember make a strong password.
field-current-password = Current password
field-new-password = New password
field-organization = Organization
field-stakeholder-type = Stakeholder type
field-country = Country
field-consent = I agree that the portal stores the data in this form to run the consultation.
field-consent-short = Consent

# Validation messages (error-<code>)
error-required = Enter this information.
error-too-short = Use at least { $limit } characters.
error-too-long = Use at most { $limit } characters.
error-bad-characters = Remove the control or invisible characters.
error-email-invalid = Enter an e-mail address like name@example.org.
error-password-too-short = Use at least { $limit } characters.
error-choose-from-list = Choose one of the options in the list.
error-consent-required = Tick the box to agree, or we cannot create your account.
error-login-failed = The e-mail address or the password is not right.
error-token-invalid = This link is not valid any more: it was already used, has expired, or was copied incompletely.
error-email-unverified = Confirm your e-mail address first: we have sent you a link (check your spam folder too).
error-password-wrong = This is not your current password.
error-rate-limited = Too many attempts. Try again in { $minutes } minutes.
error-cannot-revoke-own-admin = You cannot remove your own administrator role.

# Registration
register-title = Create an account
register-lead = Register once for yourself and your organization. You can then propose sessions for the WSIS Forum.
register-about-you = About you
register-your-organization = Your organization
consent-title = Your data
consent-text = We keep your name, e-mail address and organization to run the consultation and to contact you about your proposals. Reviewers and the WSIS Secretariat see them. You can download or erase your data at any time.
register-submit = Create account
register-have-account = Already registered?
register-done-title = Check your inbox
register-done-body = We have sent you an e-mail with a link. Open it to confirm your address, then sign in.
register-done-spam = No e-mail after a few minutes? Look in your spam folder, or sign in to get a new link.

# E-mail verification
verify-title = Confirm your e-mail address
verify-lead = Press the button to confirm that this address is yours.
verify-submit = Confirm my address
verify-invalid-title = This link does not work
verify-invalid-help = If your address is not confirmed yet, sign in and we will send you a new link.

# Sign-in
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = No account yet?

# Password reset
forgot-title = Reset your password
forgot-lead = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-sent = If an account uses this address, we have sent it a link. It works for one hour.
reset-title = Choose a new password
reset-submit = Save new password
reset-invalid-title = This link does not work
reset-request-new = Ask for a new link

# Account
account-title = My account
account-roles = Roles
account-change-password = Change password
account-change-password-note = Changing your password signs you out everywhere else.
account-change-password-submit = Change password

# Roles and stakeholder types
role-stakeholder = Stakeholder
role-speaker = Speaker
role-reviewer = Reviewer
role-facilitator = Action Line facilitator
role-organizer = Organizer
role-admin = Administrator
stakeholder-government = Government
stakeholder-private-sector = Private sector
stakeholder-civil-society = Civil society
stakeholder-academia = Academia
stakeholder-technical-community = Technical community
stakeholder-international-organization = International organization

# One-time notices (flash-<code>)
flash-email-verified = Your e-mail address is confirmed. You can sign in now.
flash-signed-out = You have signed out.
flash-password-reset = Your password has been changed. Sign in with the new one.
flash-password-changed = Your password has been changed. Other devices have been signed out.

# Error pages (errorpage-<kind>-title / -body)
errorpage-home = Go to the home page
errorpage-not-found-title = Page not found
errorpage-not-found-body = There is no page at this address. Check the address, or start again from the home page.
errorpage-forbidden-title = Not allowed
errorpage-forbidden-body = Your account does not have access to this page.
errorpage-unauthenticated-title = Sign in required
errorpage-unauthenticated-body = Sign in to see this page.
errorpage-rate-limited-title = Too many requests
errorpage-rate-limited-body = Please wait a little and try again.
errorpage-bad-request-title = Something is wrong with this request
errorpage-bad-request-body = The page could not handle what was sent. Go back and try again.
errorpage-internal-title = Something went wrong on our side
errorpage-internal-body = The error has been logged. Please try again in a few minutes.

# E-mails (email-<template>-subject / -body)
email-verify-email-subject = Confirm your e-mail address for the WSIS Forum
email-verify-email-body =
    Hello { $name },

    Please confirm your e-mail address for the WSIS Forum Consultation Portal by opening this link:

    { $link }

    The link works for 48 hours. If you did not register, ignore this e-mail.

    WSIS Forum Secretariat
email-account-exists-subject = You already have a WSIS Forum account
email-account-exists-body =
    Hello { $name },

    Someone tried to register with this e-mail address, which already has an account. If it was you, sign in, or choose a new password here:

    { $link }

    If it was not you, no action is needed.

    WSIS Forum Secretariat
email-reset-password-subject = Choose a new password for the WSIS Forum
email-reset-password-body =
    Hello { $name },

    Open this link to choose a new password:

    { $link }

    The link works for one hour, once. If you did not ask for it, ignore this e-mail: your password stays as it is.

    WSIS Forum Secretariat

# Proposals
nav-proposals = My proposals
cancel = Cancel
not-provided = Not provided yet
hint-max-chars = At most { $max } characters.
hint-markdown = You can use Markdown: ## headings, - lists, **bold**, [links](https://…).
proposals-title = My proposals
proposals-deadline = The call for session proposals is open until { $deadline }.
proposals-call-closed = The call for session proposals closed on { $deadline }.
proposals-new = Propose a session
proposals-none = Your organization has no proposals yet.
proposal-untitled = (untitled draft)
proposal-status = Status
proposal-updated = Last change
proposal-new-title = Propose a session
proposal-edit-title = Edit proposal { $code }
proposal-edit-page-title = Edit proposal
proposal-edit-lead = Save a draft at any time. Submit it, complete, before { $deadline }; you can edit it until then.
proposal-saved-at = Your draft was last saved on { $when }.
proposal-sections = Sections of this form
proposal-format-continue = Continue
proposal-section-basics = The session
proposal-section-content = Content
proposal-section-practical = Practical needs
proposal-field-title = Title
proposal-field-format = Session format
format-option = { $name } ({ $minutes } min, { $min }–{ $max } panelists)
format-option-closed = deadline passed, access code needed
proposal-field-mode = Participation
proposal-field-text-language = Language of the texts
proposal-text-language-other = Another language
proposal-field-text-language-code = ISO code, if another language
proposal-written-in = Written in { $language }
proposal-field-languages = Session languages
proposal-field-abstract = Abstract
proposal-field-description = Description
proposal-field-objectives = Objectives
proposal-field-outcomes = Expected outcomes
proposal-field-action-lines = WSIS Action Lines
proposal-field-sdgs = Sustainable Development Goals
proposal-themes-hint = Tick each one the session serves and say how in a sentence or two.
theme-rationale = How the session serves { $theme }
theme-moderated-by = moderated by { $org }
theme-children = Sub-themes of { $code } ({ $count })
sdg = SDG
proposal-field-panel = Panel
panel-hint = The moderator and the speakers. Each receives an e-mail to confirm. A balanced panel (gender, region, stakeholder type) is a selection criterion.
panel-member = Panelist { $n }
panel-role = Role
panel-role-moderator = Moderator
panel-role-speaker = Speaker
panel-job-title = Job title
panel-gender = Gender
panel-remote = Takes part remotely
panel-remote-short = remote
panel-add = Add a panelist
panel-remove = Remove panelist { $n }
proposal-field-preferred-days = Preferred days (optional)
proposal-field-requirements = Special requirements (optional)
proposal-save-draft = Save draft
proposal-submit = Submit proposal
proposal-edit = Edit
proposal-withdraw = Withdraw
proposal-timeline = Status history
proposal-deadline-line = Editable until { $deadline }.
withdraw-title = Withdraw this proposal?
withdraw-lead = { $code } “{ $title }” will no longer be considered. This cannot be undone.
withdraw-confirm = Withdraw the proposal
balance-title = Panel balance
balance-count = Panelists: { $n }
balance-gender = Gender
balance-region = ITU region
balance-stakeholder = Stakeholder type
balance-note-single-gender = All panelists are of one gender. Consider a more balanced panel.
balance-note-single-region = All panelists come from one region. Voices from other regions strengthen a proposal.
balance-note-single-stakeholder = All panelists are of one stakeholder type. The WSIS process values multistakeholder panels.
mode-in-person = In person
mode-hybrid = Hybrid (in person and online)
mode-remote = Online only
gender-woman = Woman
gender-man = Man
gender-non-binary = Non-binary or another identity
gender-undisclosed = Prefers not to say
region-A = A – The Americas
region-B = B – Western Europe
region-C = C – Eastern Europe and Northern Asia
region-D = D – Africa
region-E = E – Asia and Australasia
status-draft = Draft
status-submitted = Submitted
status-under-review = Under review
status-accepted = Accepted
status-waitlisted = Waitlisted
status-rejected = Not selected
status-merged = Merged
status-confirmed = Confirmed
status-scheduled = Scheduled
status-withdrawn = Withdrawn
flash-proposal-saved = Draft saved.
flash-proposal-submitted = Your proposal has been submitted. A receipt is on its way to your inbox.
flash-proposal-locked = This proposal can no longer be edited.
flash-proposal-withdrawn = The proposal has been withdrawn.
error-choose-at-least-one = Choose at least one.
error-panel-too-small = This format needs at least { $limit } panelists.
error-panel-too-large = This format allows at most { $limit } panelists.
error-one-moderator = Name exactly one moderator.
error-duplicate-speaker = This person is already on the panel.
error-no-organization = Your account has no organization yet, so you cannot propose sessions.
error-call-closed = The call for proposals is closed.
error-busy-try-again = Many proposals are arriving right now. Please press the button again.
error-not-editable = This proposal can no longer be changed.
error-deadline-passed = The deadline for this format has passed; changes are no longer accepted.
error-format-deadline-passed = The deadline for this format has passed. If the WSIS Secretariat gave you an access code, enter it under “Access code”; otherwise choose another format.
error-format-deadline-passed-at = The deadline for { $format } passed on { $deadline }. If the WSIS Secretariat gave you an access code, enter it under “Access code”; otherwise choose another format.
error-format-deadline-passed-switch = The deadline for this format has passed; keep the current format or choose another one that is still open.
error-stale-version = Someone else saved this proposal while you were editing. Your changes are still below: check them against the saved version (open it in a new tab) and save again.
error-not-withdrawable = A proposal that has been decided cannot be withdrawn here; contact the Secretariat.
format-thematic-workshop = Thematic workshop
format-country-workshop = Country workshop
format-interactive-session = Interactive session
format-high-level-policy-session = High-level policy session
format-facilitation-meeting = Action Line facilitation meeting
format-knowledge-cafe = Knowledge café
format-open-space-talk = Open space talk
format-hackathon = Hackathon
format-exhibition = Exhibition space
al-C1 = The role of public governance authorities and all stakeholders in the promotion of ICTs for development
al-C2 = Information and communication infrastructure
al-C3 = Access to information and knowledge
al-C3-LIB = Libraries and Archives
al-C4 = Capacity building
al-C5 = Building confidence and security in the use of ICTs
al-C6 = Enabling environment
al-C7 = ICT applications: benefits in all aspects of life
al-C7-EGOV = E-government
al-C7-EBUS = E-business
al-C7-ELEARN = E-learning
al-C7-EHEALTH = E-health
al-C7-EEMPL = E-employment
al-C7-EENV = E-environment
al-C7-EAGRI = E-agriculture
al-C7-ESCI = E-science
al-C8 = Cultural diversity and identity, linguistic diversity and local content
al-C8-HER = Heritage
al-C9 = Media
al-C10 = Ethical dimensions of the Information Society
al-C11 = International and regional cooperation
sdg-1 = No Poverty
sdg-2 = Zero Hunger
sdg-3 = Good Health and Well-being
sdg-4 = Quality Education
sdg-5 = Gender Equality
sdg-6 = Clean Water and Sanitation
sdg-7 = Affordable and Clean Energy
sdg-8 = Decent Work and Economic Growth
sdg-9 = Industry, Innovation and Infrastructure
sdg-10 = Reduced Inequalities
sdg-11 = Sustainable Cities and Communities
sdg-12 = Responsible Consumption and Production
sdg-13 = Climate Action
sdg-14 = Life Below Water
sdg-15 = Life on Land
sdg-16 = Peace, Justice and Strong Institutions
sdg-17 = Partnerships for the Goals
email-proposal-received-subject = Proposal { $code } received
email-proposal-received-body =
    Hello { $name },

    Thank you: we have received your session proposal { $code }, “{ $title }”.

    You can read and edit it until the deadline here:

    { $link }

    WSIS Forum Secretariat
tz-geneva = Geneva time (UTC{ $offset })
tz-utc = UTC
balance-empty = The mix of genders, regions and stakeholder types appears here as you add panelists.
settings-title = Call settings
settings-lead = Edition { $code }: dates, the call for proposals and the session formats. Times are Geneva time.
settings-edition = Edition and call
settings-save-edition = Save edition
settings-formats = Session formats
settings-formats-lead = Each format has its own length, panel size and, if it closes earlier than the call, its own deadline.
edition-title = Title
edition-venue = Venue
edition-starts-on = First day of the forum
edition-ends-on = Last day of the forum
edition-call-opens = The call opens
edition-call-closes = The call closes
hint-geneva-time = Geneva time (the switch between winter and summer time is handled).
format-minutes = Length (minutes)
format-min-panel = Fewest panelists
format-max-panel = Most panelists
format-deadline = Own deadline (optional)
format-deadline-hint = Leave empty to use the call's closing time. Geneva time.
format-is-open = Open for proposals
format-save = Save { $name }
flash-settings-saved = Settings saved.
error-date-invalid = Enter a date like 2027-05-10.
error-datetime-invalid = Enter a date and time like 2027-02-15T23:59.
error-ends-before-start = This must be after the start.
error-number-invalid = Enter a whole number.
error-number-too-small = Enter at least { $limit }.
error-number-too-large = Enter at most { $limit }.
error-max-below-min = The most must not be less than the fewest.
speaker-page-title = Your part in a WSIS Forum session
speaker-confirm-title = Hello { $name }
speaker-confirm-lead = { $organization } proposes you as { $role } in the session “{ $title }” ({ $code }) for the WSIS Forum. Will you take part?
speaker-confirm-yes = Yes, I will take part
speaker-confirm-no = No, I decline
speaker-current-answer = Your answer so far: { $answer }. You can change it.
speaker-answer-invited = Awaiting confirmation
speaker-answer-confirmed = Confirmed
speaker-answer-declined = Declined
speaker-invalid-title = This invitation link does not work
flash-speaker-confirmed = Thank you: your participation is confirmed. The organizers have been told.
flash-speaker-declined = Your answer is recorded: you decline. The organizers have been told.
email-speaker-invitation-subject = Will you take part in “{ $title }” at the WSIS Forum?
email-speaker-invitation-body =
    Hello { $name },

    { $organization } proposes you as { $role } in the session “{ $title }” ({ $code }) for the WSIS Forum.

    Please confirm or decline here (no account needed):

    { $link }

    WSIS Forum Secretariat
countdown = Closes in { $days } days, { $hours } hours and { $minutes } minutes.
access-codes-title = Access codes
access-codes-lead = A code lets an invited or late proposer create and submit a proposal after the deadline, until the code expires.
access-code = Code
access-code-for = For
access-code-for-hint = Who receives it, e.g. “UNESCO Secretariat” or “late proposals, Africa region”.
access-code-formats = Formats
access-code-formats-hint = Tick none to allow every format.
access-code-all-formats = All formats
access-code-uses = Used
access-code-max-uses = Proposals it may create
access-code-expires = Works until
access-code-new = Hand out a new code
access-code-create = Create code
access-code-label = Access code
access-code-hint = The call is closed. If the Secretariat gave you an access code, enter it to propose a session.
access-code-hint-open = The call is open. A code from the WSIS Secretariat also opens a format whose own deadline has passed.
access-code-have = Have an access code?
access-code-form-hint = Only needed for a format whose deadline has passed, or after the call closes. The WSIS Secretariat gives codes to invited and late proposers.
access-code-use = Use the code
flash-access-code-created = The access code has been created; it is at the top of the list.
error-access-code-invalid = This access code is not valid, or it has expired.
error-access-code-used-up = This access code has been used as many times as it allows.
error-access-code-format = Your access code does not cover this format.
error-must-be-future = Choose a time in the future.
coorganizers-title = Co-organizers
coorganizers-none = No co-organizing organization yet.
coorganizer-invite = Invite a co-organizing organization
coorganizer-invite-hint = We e-mail the contact person a link. Once they accept (with an account of their own), they can edit this proposal with you.
coorganizer-email = Contact person's e-mail
coorganizer-invite-submit = Send the invitation
coorganizer-remove = Remove { $organization }
coorganizer-status-invited = Invited
coorganizer-status-accepted = Accepted
coorganizer-status-declined = Declined
coorganize-page-title = Invitation to co-organize
coorganize-lead = { $lead } invites { $organization } to co-organize the session “{ $title }” ({ $code }) at the WSIS Forum. If you accept, you can read and edit the proposal.
coorganize-accept = Accept and co-organize
coorganize-decline = Decline
coorganize-invalid-title = This invitation link does not work
flash-coorganizer-invited = The invitation has been sent.
flash-coorganizer-removed = The co-organizer has been removed.
flash-coorganizer-declined = You declined the invitation.
error-coorganizer-already-invited = This address has already been invited to this proposal.
email-coorganizer-invitation-subject = Invitation to co-organize “{ $title }” at the WSIS Forum
email-coorganizer-invitation-body =
    Hello,

    { $lead } invites { $organization } to co-organize the session “{ $title }” ({ $code }) at the WSIS Forum.

    Accept or decline here (sign in or create an account first):

    { $link }

    WSIS Forum Secretariat
nav-organization = Organization
org-lead = ITU region: { $region }. Every member can edit this profile and the organization's proposals.
org-profile = Profile
org-website = Website
org-website-hint = Optional. The full address, starting with https://.
org-save = Save profile
org-members = Members
org-requests = Requests to join
org-no-requests = Nobody is waiting to join.
org-approve = Approve { $name }
org-decline = Decline { $name }
org-join-other = Join another organization
org-join-title = Join an organization
org-join-lead = Find your organization's profile and ask to join; a member approves. Until then you keep your current organization.
org-search = Organization name
org-search-submit = Search
org-results = Results
org-ask-to-join = Ask to join { $name }
flash-organization-saved = The organization profile has been saved.
flash-join-requested = Your request has been sent to the organization's members.
flash-join-answered = Your answer has been recorded.
error-url-invalid = Enter a full web address starting with https://.
error-already-member = You are already a member of this organization.
error-join-already-requested = You have already asked to join; a member will answer.
email-join-request-subject = { $requester } asks to join { $organization }
email-join-request-body =
    Hello { $name },

    { $requester } ({ $email }) asks to join { $organization } on the WSIS Forum Consultation Portal. Members see and edit the organization's proposals.

    Approve or decline here:

    { $link }

    WSIS Forum Secretariat
email-draft-reminder-subject = Your draft { $code } is not submitted yet
email-draft-reminder-body =
    Hello { $name },

    Your session proposal { $code }, “{ $title }”, is still a draft. The deadline is in about { $hours } hours; after it, the draft can no longer be submitted.

    Finish and submit it here:

    { $link }

    WSIS Forum Secretariat
questions-title = Questions for this format
questions-choose-format = Choose a session format to see its questions.
questions-for-format = Questions for { $format }
questions-none = This format asks no extra questions.
answer-yes = Yes
answer-no = No
question-new = Add a question
question-label = Question
question-kind = Kind of answer
question-kind-text = Text
question-kind-choice = One of several choices
question-kind-number = Whole number
question-kind-url = Web address
question-kind-yes-no = Yes or no
question-choices = Choices (one per line)
question-required = An answer is required to submit
question-add = Add the question
question-remove = Remove “{ $label }”
question-list-empty = No extra questions.
flash-question-saved = The question has been saved.
flash-question-removed = The question has been removed.
error-two-choices = Give at least two choices, one per line.
rationale-label = How the session serves it

## Review, selection and moderation
nav-review = Review
nav-organize = Organize
nav-moderation = Moderation
choose = Choose…
error-choose-proposals = Tick at least one proposal in the list.
error-criterion-scored = Reviews already use this criterion, so its scale cannot change and it cannot be removed.
error-language-code-invalid = Type a language code of two or three letters, such as sw or pt.
error-scale-texts-required = Say what the lowest and the highest score mean, in at least one language.
error-moderation-no-change = The review is already in that state; nothing was changed.
error-no-such-account = No account uses this e-mail address. Ask the person to register first.
error-not-a-reviewer = Only reviewers and facilitators can be chosen here.
error-not-confirmable = Only an accepted session can be confirmed.
error-not-decidable = Only submitted proposals can be decided; drafts, withdrawn and merged ones cannot.
error-not-in-review = Only submitted proposals can be assigned to reviewers.
error-phase-overlaps = This phase overlaps another one; phases must not overlap.
error-review-decided = The proposal has been decided, so reviews are closed.
error-review-hidden = An administrator hid your review; it can no longer be changed.
error-review-locked = An administrator locked your review; it can no longer be changed.
error-review-phase-closed = No review phase is open now, so reviews cannot be written or changed.
error-reviewer-conflicted = This reviewer has a conflict of interest with the proposal.
error-same-reviewer = Choose a different reviewer from the one who wrote the review.
error-score-out-of-scale = Choose a score from 1 to { $limit }.
error-unknown-code = Use codes from the lists (for example C3, C7-EHEALTH or thematic-workshop), separated by commas.
error-unknown-placeholder = Use only the placeholders {"{"}name{"}"}, {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} and {"{"}edition{"}"}, each in braces.
flash-queue-done = You have reviewed everything in your queue. Thank you!
flash-review-saved = Your review has been saved.
flash-comment-posted = Your message has been added to the discussion.
flash-conflict-declared = Your conflict of interest is recorded; the proposal has left your queue.
flash-review-flagged = The review has been flagged for the administrators.
flash-flag-needs-reason = To flag a review, say why in a few words.
flash-reviewer-assigned = The reviewer has been assigned.
flash-reviewer-unassigned = The reviewer has been removed from this proposal.
flash-decision-recorded = The decision is recorded. It stays pending until you release decisions.
flash-decisions-recorded = The decisions are recorded. They stay pending until you release them.
flash-decisions-released = The decisions have been released; the e-mails are in the outbox.
flash-template-saved = The e-mail template has been saved.
flash-review-settings-saved = The review settings have been saved.
flash-criterion-saved = The criterion has been saved.
flash-criterion-removed = The criterion has been removed.
flash-phase-saved = The review phase has been added.
flash-phase-removed = The review phase has been removed.
flash-team-saved = The team has been added.
flash-team-removed = The team has been removed.
flash-reviewer-added = The role has been given.
flash-auto-assign-done = Every submitted proposal now has its reviewers.
flash-auto-assign-short = Reviewers were assigned, but some proposals have fewer than asked: add reviewers or widen team scopes, then assign again.
flash-review-moderated = The moderation action has been recorded.
flash-session-confirmed = Thank you: your session is confirmed.
criterion-relevance = Relevance to the Action Lines and SDGs
criterion-multistakeholder = Multistakeholder panel
criterion-balance = Regional and gender balance
criterion-interactivity = Interactivity and hybrid design
criterion-quality = Clarity and quality
criterion-novelty = Novelty
criterion-relevance-low = Unrelated to the Action Lines and SDGs
criterion-relevance-high = Central to the Action Lines and SDGs it names
criterion-multistakeholder-low = One stakeholder group only
criterion-multistakeholder-high = Several stakeholder groups, each with a real role
criterion-balance-low = One region and one gender
criterion-balance-high = Balanced across regions and genders
criterion-interactivity-low = Speeches only; no room for the audience
criterion-interactivity-high = Built around discussion, on site and online
criterion-quality-low = Unclear aims and outline
criterion-quality-high = Clear aims, outline and expected outcomes
criterion-novelty-low = Repeats what earlier Forums covered
criterion-novelty-high = A new question, approach or voice
criterion-weight = Weight { $weight }; scored from 1 to { $max }.
rec-accept = Accept
rec-weak-accept = Accept if there is room
rec-weak-reject = Better not
rec-reject = Reject
confidence-1 = Low: outside my expertise
confidence-2 = Medium
confidence-3 = High: I know this field well
outcome-accept = Accept
outcome-waitlist = Waiting list
outcome-reject = Not selected
queue-title = Reviews
queue-progress = You have reviewed { $done } of { $total } proposals.
queue-start-next = Review the next proposal
queue-nothing-next = Nothing is waiting for your review.
queue-to-review = To review
queue-reviewed = Reviewed
queue-assigned = Assigned to you
queue-in-line = In your Action Line
queue-why = Why
queue-your-review = Your review
agg-count = Reviews
agg-mean = Weighted mean
agg-median = Median
agg-spread = Standard deviation
agg-disagreement = Reviewers disagree
agg-reviews-assigned = Reviews / assigned
blind-hidden = Hidden (blind review)
results-hidden = Hidden in this phase
blind-panelist = Panelist (name hidden)
blind-notice = Blind review: the names of the proposers and panelists are hidden from you. Judge the proposal on its content.
review-lead-organization = Lead organization
review-lead-type = Its stakeholder type
review-lead-country = Its country
review-yours = Your review
review-note = Note (optional)
review-confidence = Your confidence
review-confidence-line = Confidence: { $level }
review-recommendation = Your recommendation
review-comment = Comment for the organizers
review-comment-hint = Not shown to the proposers. Say what would make the session better or why it should not be selected.
review-save = Save
review-save-next = Save and review the next
review-skip-next = Skip to the next proposal
review-scores = Scores
review-others = Other reviews
review-state-hidden = Hidden by an administrator
review-state-locked = Locked
review-state-flagged = Flagged
review-flag = Flag for moderation
review-flag-reason = Why should an administrator look at this review?
review-moderate-link = Moderate reviews
review-moderation-history = What administrators did with your review
review-staff-title = Organizers' tools
assign-title = Reviewers assigned
assign-reviewer = Add a reviewer (reviews assigned so far)
assign-add = Assign
assign-remove = Remove { $name }
conflicts-title = Conflicts of interest
decision-title = Decision
decision-current = Decision: { $outcome } ({ $status })
decision-pending = pending, not released
decision-released = released
decision-none = Not decided
decision-outcome = Outcome
decision-note = Internal note
decision-note-hint = For the organizers only; not sent to the proposers.
decision-save = Record the decision
discussion-title = Reviewers' discussion
discussion-hint = Only reviewers of this proposal and the organizers read this; proposers never see it.
discussion-new = Your message
discussion-post = Post
conflict-declare-title = Conflict of interest
conflict-declare-hint = If you work with the proposers, are on the panel, or cannot judge the proposal fairly for another reason, declare it: the proposal leaves your queue and your review, if any, stops counting.
conflict-reason = Reason
conflict-declare = Declare a conflict of interest
selection-title = Proposals and selection
selection-count = { $total } proposals match. Page { $page } of { $pages }.
selection-none = No proposal matches these filters.
select-proposal = Select { $code }
select-proposals = Proposals to decide
bulk-title = Decide the selected proposals
bulk-decide = Record the decision for the selected proposals
filter-title = Filter and sort
filter-search = Search code, title or organization
filter-any = Any
filter-line = Action Line
filter-sdg = SDG
filter-region = Region of the lead organization
filter-stakeholder = Stakeholder type of the lead organization
filter-disagreement = Only proposals whose reviewers disagree
filter-apply = Apply
filter-clear = Clear filters
sort-by = Sort by
sort-direction = Order
sort-asc = Ascending
sort-desc = Descending
sort-code = Code
sort-title = Title
sort-mean = Weighted mean
sort-median = Median
sort-spread = Standard deviation
sort-reviews = Number of reviews
sort-decision = Decision
pager-label = Pages
pager-prev = Previous page
pager-next = Next page
decisions-title = Decisions and e-mails
release-title = Release decisions
release-nothing = No decision is waiting to be released.
release-pending = { $count } decisions are waiting to be released:
release-hint = Releasing changes each proposal's status and sends its organizers the decision e-mail in their language. It cannot be undone, but a decision can be changed and released again.
release-button = Release the decisions and send the e-mails
release-review-pending = See the pending decisions in the list
templates-title = Decision e-mails
templates-hint = Each outcome has its e-mail in each language. Until you change it, the built-in text is used.
templates-language = Language of the templates
template-subject = Subject
template-body = Text
template-placeholders = Placeholders: {"{"}name{"}"} (the recipient), {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} (the proposal's page) and {"{"}edition{"}"}.
template-preview = Preview
template-save = Save the template
template-custom = changed by the organizers
review-setup-title = Review setup
review-settings-title = Review settings
review-per-proposal = Reviewers per proposal
review-threshold = Disagreement threshold
review-threshold-hint = Standard deviation of the scores (0–100) above which reviewers are said to disagree.
review-blind = Blind review
review-blind-hint = Reviewers and facilitators then see no names of proposers, organizations or panelists, on any page or export.
review-settings-save = Save the review settings
auto-assign-title = Automatic assignment
auto-assign-hint = Gives every submitted proposal { $n } reviewers, spreads the work evenly, keeps to team scopes and never assigns anyone with a conflict of interest. Existing assignments stay.
auto-assign-button = Assign reviewers automatically
criteria-title = Criteria
criteria-hint = Each review scores every criterion; the weighted mean puts each score on 0–100 and weighs it. Total weight now: { $total }.
criterion-name = Name
criterion-name-default = Leave empty to keep the standard name, translated for every reader.
criterion-description = Guidance for reviewers
criterion-weight-label = Weight
criterion-scale = Highest score
criterion-save = Save “{ $name }”
criterion-remove = Remove “{ $name }”
criterion-new = New criterion
criterion-add = Add the criterion
criterion-scale-texts = What the scores mean
criterion-scale-low = What { $min } means ({ $language })
criterion-scale-high = What { $max } means ({ $language })
criterion-scale-hint-default = Leave a language empty to show the standard text in it.
criterion-scale-hint-custom = At least one language for each end. Readers of the other languages see the first one entered.
phases-title = Review phases
phases-none = No phase is set: reviewing is open, and reviewers do not see each other's reviews.
phase-new = New phase
phase-name = Name
phase-starts = Starts
phase-ends = Ends
phase-may-review = Reviewers may write and change reviews
phase-see-others = Reviewers see the other reviews once they have written theirs
phase-proposers-edit = Proposers may still edit submitted proposals
phase-no-rights = Nobody may change anything
phase-add = Add the phase
phase-remove = Remove { $name }
reviewers-title = Reviewers and facilitators
reviewer-name = Name
reviewer-roles = Roles
reviewer-assigned = Assigned
reviewer-reviewed = Reviewed
reviewer-add-title = Give the reviewer or facilitator role
reviewer-email-hint = The person's account e-mail.
reviewer-line = Action Line to facilitate
reviewer-line-hint = Leave empty to make the person a reviewer; enter a code such as C3 or C3-LIB to make them its facilitator.
reviewer-add = Give the role
facilitator-of = Facilitator of { $lines }
teams-title = Teams
teams-hint = A reviewer in teams is assigned only proposals within a team's Action Lines and formats; a reviewer in no team may get any proposal.
team-new = New team
team-name = Name
team-lines = Action Lines
team-lines-hint = Codes separated by commas, e.g. C7, C3-LIB. Empty: any line.
team-formats = Formats
team-formats-hint = Codes separated by commas, e.g. thematic-workshop. Empty: any format.
team-members = Members
team-members-hint = E-mail addresses of reviewers or facilitators, separated by commas or on separate lines.
team-add = Add the team
team-any = any proposal
team-remove = Remove { $name }
moderation-title = Review moderation
moderation-lead = Flagged reviews come first. Every action needs a reason, is recorded in the audit log, and is shown to the review's author.
moderation-show-all = Show all reviews
moderation-show-flagged = Show flagged reviews only
moderation-none = There are no reviews to moderate.
moderation-by = By { $name }
moderation-act = Act on this review
moderation-action = Action
moderation-reason = Reason
moderation-reason-hint = Required. The review's author will read it.
moderation-edit-fields = New text, recommendation or reviewer (for “Edit” and “Reassign”)
moderation-new-reviewer = New reviewer
moderation-apply = Apply
moderation-before-after = Before and after
moderation-flag = Flag
moderation-unflag = Clear the flag
moderation-hide = Hide
moderation-restore = Restore
moderation-edit = Edit
moderation-reassign = Reassign to another reviewer
moderation-lock = Lock
moderation-unlock = Unlock
organize-title = Programme balance
organize-tools = Organizer tools
organize-submitted = submitted proposals
organize-reviewed = reviewed at least once
organize-accepted = accepted
organize-pending = decisions waiting to be released
balance-lead = Each chart compares all submissions with the accepted set (released or not). The table under each chart gives the numbers.
balance-dim-stakeholder = Stakeholder type of the lead organization
balance-dim-region = ITU region of the lead organization
balance-dim-gender = Gender of panelists
balance-dim-line = Action Lines
balance-dim-sdg = Sustainable Development Goals
balance-dim-format = Session formats
balance-dim-country = Country of the lead organization
balance-chart-summary = Bar chart of { $dimension } ({ $count } categories; the largest are drawn).
balance-legend-all = all submissions
balance-legend-accepted = accepted
balance-category = Category
balance-submitted = Submitted
balance-accepted = Accepted
balance-share = Share
line-reports-title = Action Line reports
line-reports-lead = For each Action Line: its submissions, the decisions released and the balance, to report back to the facilitating UN agency.
line-report-count = { $count } submissions in this line and its sub-themes.
line-report-csv = Download as CSV
confirm-title = Confirm your session
confirm-text = Your proposal has been accepted. Please confirm that you will hold the session as proposed.
confirm-button = Confirm the session
email-decision-accept-subject = { $edition }: your session { $code } is accepted
email-decision-accept-body =
    Hello { $name },

    We are pleased to tell you that your session proposal { $code }, “{ $title }”, has been accepted for { $edition }.

    Please confirm that you will hold the session, here:

    { $link }

    We will write again when the agenda is published.
email-decision-waitlist-subject = { $edition }: your proposal { $code } is on the waiting list
email-decision-waitlist-body =
    Hello { $name },

    Thank you for proposing “{ $title }” ({ $code }) for { $edition }. We received many strong proposals; yours is on the waiting list, and we will write to you if a place becomes free.

    You can follow its status here:

    { $link }
email-decision-reject-subject = { $edition }: your proposal { $code }
email-decision-reject-body =
    Hello { $name },

    Thank you for proposing “{ $title }” ({ $code }) for { $edition }. We are sorry that we could not select it this year; we received far more proposals than the programme has room for.

    We hope to see you at the Forum, and you can read your proposal here:

    { $link }
outcome-merge = Merged into another session
error-merge-two-or-more = Tick two proposals or more to merge them.
error-not-mergeable = Only submitted or decided proposals can be merged; withdrawn, merged, confirmed and scheduled ones cannot.
flash-proposals-merged = The proposals are merged into this session. Its acceptance, and the merge, are pending until you release decisions.
bulk-merge = Merge the selected proposals into one session
bulk-merge-hint = Or merge them: on the next page you choose which one stays as the session and its title.
merge-title = Merge proposals into one session
merge-lead = The session keeps the chosen proposal's code and content and gains the others' panelists, Action Lines, SDGs and organizations (as co-organizers). Each merged proposal keeps its own record and points to the session. You can edit the session afterwards. Nothing is announced until you release decisions.
merge-primary = The proposal that becomes the session
merge-primary-hint = Its code, description and moderator stay.
merge-title-label = Title of the session
merge-title-hint = Often a new title that covers every merged proposal.
merge-button = Merge into one session
merge-cancel = Cancel
merged-from = This session was merged from
merged-into = This proposal was merged into the session
email-decision-merge-subject = { $edition }: your proposal { $code } joins a combined session
email-decision-merge-body =
    Hello { $name },

    Thank you for proposing “{ $title }” ({ $code }) for { $edition }. Several proposals on the same theme were strong, so the programme committee has combined yours with others into one session. Your organization is a co-organizer of that session and your panelists are part of it.

    You can see which session it is, and follow it, here:

    { $link }
coorganizers-none-short = None
error-review-unassigned = You are no longer assigned to this proposal; your review stays on record but can no longer be changed.
moderation-page = Page { $page } of { $pages }.
moderation-audit-link = See the moderation actions in the audit log.
audit-title = Audit log
audit-lead = Every change made in the portal: who, what, when, from which address, and the state before and after. Newest first.
audit-action = Action
audit-action-hint = The beginning of an action's name, e.g. review. or decision.
audit-target = Target
audit-target-hint = A proposal code, or the number of a user or review.
audit-when = When
audit-who = Who
audit-change = Before and after
audit-address = Address
audit-before-after = Show
audit-system = The portal
audit-none = No entry matches.

## Agenda: shared
nav-agenda = Agenda
day-long = { $weekday } { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
datetime-long = { $date }, { $time } { $zone }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Agenda builder (organizers)
agenda-builder-title = Agenda builder
agenda-step = Grid step
agenda-step-venue = Venue step ({ $minutes } min)
agenda-step-minutes = { $minutes } min
agenda-rooms-shown = Rooms shown: { $shown } of { $total }
agenda-tools = Agenda tools
agenda-venue-title = Venue and time grid
agenda-sessions-title = Sessions and audiences
agenda-schedule-title = Automatic scheduling
agenda-release-title = Release the agenda
agenda-back-to-builder = Back to the agenda builder
agenda-days = Days
agenda-how = Choose a session in the list or on the grid, then press the “+” of a grid cell, or choose a room and a start time below and press “Place”. Sessions keep the length of their format.
agenda-drag-hint = You can also drag a session onto a grid cell.
agenda-filter-q = Search sessions
agenda-filter-format = Format
agenda-filter-line = Action Line
agenda-unscheduled = Not yet scheduled
agenda-unscheduled-count = { $shown } shown of { $total } not yet scheduled.
agenda-unscheduled-none = No session waits to be scheduled here.
agenda-card-meta = { $format }, { $minutes } min
agenda-has-conflict = Conflict
agenda-room-facts = { $building }, { $capacity } seats
agenda-hybrid = hybrid
agenda-place-here = Place the chosen session in { $room } at { $time }
agenda-place-legend = Place the chosen session on this day
agenda-room = Room
agenda-start = Start
agenda-time = Time
agenda-place = Place
agenda-unschedule = Take off the grid
agenda-conflicts = Conflicts
agenda-conflict-error = Conflict
agenda-conflict-warning = Warning
agenda-conflict-summary = { $errors } conflicts and { $warnings } warnings on the whole agenda.
agenda-not-placed = Not scheduled
agenda-remote-panel = remote speakers
agenda-sessions-hint = The expected audience is compared with the seats of the room a session is placed in.
agenda-audience-for = Expected audience of { $code }
agenda-audience-save = Save
agenda-col-code = Code
agenda-col-title = Title
agenda-col-format = Format and length
agenda-col-place = Place
agenda-col-audience = Expected audience
conflict-room-overlap = { $room } holds more sessions at once than it can: { $sessions }.
conflict-overrun = { $session } does not fit its slot in { $room }: it runs past the end of the day or into a break or plenary.
conflict-person-overlap = { $person } is in two sessions at the same time: { $sessions }.
conflict-travel = { $person } has only { $gap } minutes to change buildings between { $sessions }.
conflict-unavailable = { $person } cannot attend { $session } at that time.
conflict-capacity = { $session } expects { $audience } people but { $room } seats { $capacity }.
conflict-no-hybrid = { $session } has remote speakers but { $room } has no hybrid equipment.
conflict-parallel = { $count } sessions run at once, more than the venue's limit: { $sessions }.
conflict-same-line = Two sessions of Action Line { $line } run at the same time: { $sessions }.
flash-agenda-placed = The session is placed.
flash-agenda-unscheduled = The session is off the grid and back in the list.
error-agenda-pick-session = Choose a session first, in the list or on the grid.
error-agenda-stale = Another organizer changed this meanwhile, so nothing was changed. The agenda below is the current one: check it and try again.
error-outside-grid = That time is outside the day's time grid.
error-not-a-forum-day = Choose one of the forum's days.
error-time-invalid = Enter a time like 09:30.

## Venue
grid-title = Time grid
grid-day-start = Day starts at
grid-day-end = Day ends at
grid-time-hint = 24-hour Geneva time, like 09:00.
grid-step = Grid step (minutes)
grid-travel = Minutes needed to change buildings
grid-travel-hint = Speakers need at least this long between sessions in different buildings.
grid-max-parallel = Most sessions at the same time
grid-max-parallel-hint = 0 means no limit.
grid-save = Save the time grid
flash-grid-saved = The time grid is saved.
error-venue-stale = Someone else changed this meanwhile. The current values are shown: check them and save again.
rooms-title = Rooms
room-new = Add a room
room-name = Name
room-building = Building
room-building-hint = Rooms in different buildings need travel time between sessions.
room-capacity = Seats
room-parallel = Sessions at the same time
room-parallel-hint = 1 for a meeting room; more for an exhibition area with several stands.
room-interpretation = Interpretation languages
room-interpretation-hint = UN language codes separated by spaces, like “ar en fr”.
room-remote-url = Link for remote participation
room-hybrid = Hybrid equipment (remote speakers can take part)
room-add = Add the room
room-save = Save the room
room-summary = { $name } – { $building }, { $capacity } seats
room-remove = Remove { $name }
flash-room-saved = The room is saved.
flash-room-removed = The room is removed.
error-room-in-use = Sessions are placed in this room. Move them first.
error-room-name-taken = Another room already has this name.
error-unknown-language = Use UN language codes: ar, en, es, fr, ru, zh.
blocks-title = Breaks and plenaries
blocks-hint = No session can be placed over a break or plenary in the rooms it covers.
block-new = Add a break or plenary
block-kind = Kind
block-kind-break = Break
block-kind-plenary = Plenary
block-title = Title
block-day = Day
block-start = From
block-end = Until
block-rooms = Rooms
block-rooms-hint = Tick none for every room.
block-all-rooms = every room
block-add = Add
block-remove = Remove { $title }
flash-block-saved = The break or plenary is saved.
flash-block-removed = The break or plenary is removed.
unavailable-title = Speaker availability
unavailable-hint = Times when a panelist cannot attend. A session with that person at that time is shown as a conflict.
unavailable-new = Add a time someone cannot attend
unavailable-email = Panelist's e-mail address
unavailable-note = Note
unavailable-add = Add
unavailable-remove = Remove the entry for { $email }
flash-unavailable-saved = The availability is saved.
flash-unavailable-removed = The entry is removed.
flash-audience-saved = The expected audience is saved.

## Automatic scheduling
schedule-hint = The scheduler places the sessions not yet on the grid. It never breaks a hard rule (room, people, travel, availability, seats, hybrid equipment, breaks) and keeps sessions of the same Action Line apart where it can. Nothing changes until you apply the plan.
schedule-summary = { $placed } sessions placed and { $unplaced } left over, computed in { $millis } ms. With this plan the whole agenda has { $pairs } pairs of same-line sessions at the same time.
schedule-apply = Apply this plan
schedule-proposed = Proposed placements
schedule-nothing = Every session is already on the grid, or none can be placed.
schedule-unplaced = Sessions left over
schedule-unplaced-hint = No free place fits these without breaking a rule: add rooms or time, or place them by hand.
flash-schedule-applied = The plan is applied.
error-plan-empty = The plan is empty: there is nothing to apply.

## Releases
release-summary = Releasing now publishes { $sessions } sessions. The agenda has { $errors } conflicts.
release-changes = Changes since the last release
release-note = Note for the public
release-note-hint = Optional: what changed and why.
release-confirm = Confirmation
release-confirm-conflicts = Release anyway, with { $n } conflicts on the agenda.
release-publish = Release the agenda
release-earlier = Earlier releases
release-none-yet = Nothing has been released yet.
release-heading = Release { $number }, { $when }
changelog-none = No session was added, moved or cancelled.
changelog-added = Added ({ $n })
changelog-moved = Moved ({ $n })
changelog-cancelled = Cancelled ({ $n })
flash-agenda-released = The agenda is released. The people of every added, moved or cancelled session will get an e-mail.
error-agenda-empty = No session is on the grid, so there is nothing to release.
error-agenda-has-conflicts = The agenda has conflicts. Resolve them, or tick the box to release anyway.
email-agenda-added-subject = { $code } is in the { $edition } agenda
email-agenda-added-body =
    Hello { $name },

    Your session { $code }, “{ $title }”, is in the published agenda of { $edition }:

    { $when }, { $room }

    { $link }
email-agenda-moved-subject = { $code } has moved
email-agenda-moved-body =
    Hello { $name },

    Your session { $code }, “{ $title }”, has a new time or room in the agenda of { $edition }:

    { $when }, { $room }

    { $link }
email-agenda-cancelled-subject = { $code } is no longer in the agenda
email-agenda-cancelled-body =
    Hello { $name },

    Your session { $code }, “{ $title }”, is no longer in the published agenda of { $edition }. The Secretariat will contact you.

## Public programme
programme-title = Programme
programme-not-yet = The agenda has not been published yet. Please come back later.
programme-release = Release { $number }, published { $when }
programme-releases = Earlier releases and changes
programme-old-release = You are looking at an earlier release. The latest is release { $latest }.
programme-see-latest = See the latest agenda
programme-exports = Downloads
export-ics = Calendar (iCalendar)
export-xml = Schedule XML
export-json = Schedule JSON
export-csv = Sessions (CSV)
programme-view = View
programme-view-grid = Grid
programme-view-list = List
programme-day = Day
programme-mode = Participation
programme-search = Search
programme-count = Sessions that match: { $n }.
programme-none = No session matches on this day.
session-when-geneva = { $day }, { $time } Geneva time (UTC{ $offset })
session-when-utc = { $time } UTC
session-when-local = Your time
session-where = { $room }, { $building }
session-remote-link = Join remotely
session-interpretation = Interpretation: { $languages }
session-add-calendar = Add to my calendar
session-abstract = Abstract
session-description = Description
session-organizers = Organizers
session-panel = Panel
session-lines = WSIS Action Lines
session-sdgs = Sustainable Development Goals
session-back = Back to the programme
speaker-sessions = Sessions
speakers-title = Speakers
speakers-search = Search by name, job title or organization
speakers-country = Country
speakers-count = { $n ->
    [one] One speaker in the programme.
   *[other] { $n } speakers in the programme.
}
speakers-matching = Speakers that match: { $shown } of { $total }.
speakers-none = No speaker matches this search.
speakers-all = Show every speaker
speakers-pages = Pages of the speakers list
speakers-page = Page { $page } of { $pages }
speakers-previous = Previous page
speakers-next = Next page
matrix-title = WSIS–SDG matrix
matrix-intro = Sessions of release { $release } by WSIS Action Line and Sustainable Development Goal. Each number links to its sessions.
matrix-csv = Download the matrix (CSV)
matrix-line = Action Line
matrix-sdg = SDG { $n }
matrix-total = Total
matrix-cell = { $n } sessions on { $line } and SDG { $sdg }
programme-filter = Filter
programme-filters = Filters
programme-filters-active = Filters ({ $n } active)
programme-legend = What the colours mean
programme-now = Now
programme-next = Next
now-title = Now and next
now-at = { $day }, { $time } (Geneva time)
now-before = The Forum starts on { $day }. First sessions:
now-over = The Forum is over. Thank you for taking part.
now-free = Free
now-nothing-later = Nothing later today
now-nothing-that-day = Nothing that day
now-full-programme = The whole programme
print-title = Printable programme
print-link = Printable programme (A4)
print-time = Time
print-room = Room
print-session = Session
print-release = Release { $number }
print-geneva-time = All times are Geneva time
print-hint = Use your browser's Print command: each day starts on a new A4 page.
print-hint-sign = Use your browser's Print command to print this sign on A4.
sign-title = Room sign
sign-qr = QR code leading to { $url }
sign-back = Back to the session
session-sign = Room sign to print
embed-full-programme = The whole programme
offline-notice = You are offline. This is the copy of the programme kept on this device: release { $number }, published { $when }.
update-notice = A newer release of the programme is published.
update-show = Show it
star-off = Star
star-on = Starred
mine-title = My agenda
mine-overlap = Overlap
mine-overlaps-with = At the same time as { $sessions }
mine-dropped = No longer in the programme
mine-dropped-hint = These starred sessions were cancelled or merged into others since you starred them.
mine-empty = You have not starred any session yet. Star sessions in the programme and they appear here, day by day.
mine-account = Your stars are kept with your account, on every device you sign in on.
mine-browser = Your stars are kept in this browser only.
mine-sign-in = Sign in to keep them with your account and get a calendar feed.
mine-no-js = Without JavaScript, starring sessions needs an account: sign in first.
feed-title = Calendar feed
feed-hint = Subscribe to this private address in your calendar application. It follows every change to the programme: moved sessions move, cancelled ones disappear. Anyone with the address can see your starred sessions.
feed-address = Your private calendar address
feed-renew = Make a new address
feed-revoke = Turn the feed off
feed-renew-hint = A new address stops the old one at once; so does turning the feed off.
feed-none = Get your starred sessions in your own calendar application through a private address that follows every change to the programme.
feed-create = Make my calendar address
flash-feed-made = Your calendar address is ready. Any earlier address no longer works.
flash-feed-revoked = The calendar feed is off. Its address no longer works.
error-too-many-stars = You have starred the most sessions one account can keep (1,000). Remove some stars first.

## Automation API
api-invalid = Some fields are not valid; see each field's message.
api-error-not-found = There is nothing here, or this account may not see it.
api-error-unauthenticated = Send a valid, unexpired personal access token: Authorization: Bearer wsis_…
api-error-forbidden = This token or its account may not do this.
api-error-rate-limited = Too many requests from this token; wait as Retry-After says.
api-error-internal = Something went wrong on our side. It has been logged.
api-error-no-such-route = No such API route. See /api/v1/openapi.json.
api-error-bad-json = The request body is not the JSON this route expects.
api-error-bad-query = The query string is not what this route expects.
tokens-title = API tokens
tokens-intro = Personal access tokens let your scripts use the portal's automation API as you, with your permissions. Give each script its own token and revoke it when it is no longer needed.
tokens-openapi = The API's description (OpenAPI)
tokens-yours = Your tokens
tokens-none = You have no tokens yet.
token-new = Create a token
token-name = Name
token-name-hint = What it is for, e.g. “Programme sync”.
token-scopes = What it may do
token-scope-read = Read
token-scope-write = Change (create, decide, schedule)
token-days = Expires after (days)
token-days-hint = Leave empty for a token that lasts until you revoke it.
token-create = Create the token
token-created = Your new token “{ $name }”:
token-created-once = Copy it now: it is shown only this once and cannot be shown again.
token-prefix = Starts with
token-created-at = Created
token-last-used = Last used
token-expires = Expires
token-actions = Actions
token-never-used = Never
token-no-expiry = Never
token-revoked = Revoked
token-revoke = Revoke { $name }
flash-token-revoked = The token is revoked; scripts using it can no longer sign in.

## People (admins)
nav-people = People
people-title = People
people-search = Name, address or organization
people-role = Role
people-count = People found: { $n }.
people-status = Status
people-change = Change
people-active = Active
people-inactive = Deactivated
people-roles-of = Roles of { $name }
people-save-roles = Save roles
people-deactivate = Deactivate { $name }
people-reactivate = Reactivate { $name }
people-pages = Pages
people-invite = Invite someone
people-invite-hint = Reviewers, Action Line facilitators, organizers and administrators. An address with an account gets the role at once; a new address gets an e-mail with a link to choose a password, valid for seven days.
people-name-hint = Needed only when the address has no account yet.
people-line = Action Line
people-line-hint = For facilitators: the line they facilitate, like C7 or C7-EHEALTH.
people-invite-send = Invite
flash-person-invited = The invitation is on its way.
flash-person-role-added = The account already existed; it has the role now.
flash-person-roles-saved = The roles are saved.
flash-person-deactivated = The account is deactivated and signed out everywhere.
flash-person-reactivated = The account is active again.
error-cannot-deactivate-self = You cannot deactivate your own account.
email-staff-invitation-subject = You are invited to the WSIS Forum Consultation Portal
email-staff-invitation-body =
    Hello { $name },

    { $inviter } has invited you to the WSIS Forum Consultation Portal. Choose your password here (the link is valid for seven days):

    { $link }
audit-csv = Download these events (CSV)
outbox-title = E-mail outbox
outbox-intro = Every e-mail the portal writes waits here until the SMTP server accepts it; failed sends are retried with growing pauses for about a day. Retry a failed or waiting e-mail now, or send a delivered one again.
outbox-status = Status
outbox-status-pending = Waiting
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-to = Recipient
outbox-subject = Subject
outbox-written = Written
outbox-count = E-mails found: { $n }.
outbox-retry = Retry now
outbox-resend = Send again
flash-email-requeued = The e-mail is queued and goes out within a minute.
account-my-data = Download my data (JSON)

# Data protection: erasure
account-erase-title = Erase my account
account-erase-lead = Your name, e-mail address and password are removed and you are signed out everywhere. Proposals and reviews you took part in stay with their organizations, without your name. This cannot be undone.
account-erase-confirm = I understand that this cannot be undone.
account-erase-submit = Erase my account
error-erase-not-confirmed = Tick the box to confirm.
error-already-erased = This account has already been erased.
error-last-admin = The portal needs at least one active administrator: appoint another one first.
flash-account-erased = Your account has been erased. Thank you for taking part.
people-erase = Erase the personal data of { $name }
people-erase-confirm = This person asked for erasure, and I understand that it cannot be undone.
people-erase-submit = Erase
flash-person-erased = The personal data has been erased; proposals and reviews stay, without the name.
flash-erase-needs-confirmation = Nothing was erased: tick the confirmation box first.

# E-mail template previews (admins)
mailpreview-title = E-mail templates
mailpreview-intro = Every e-mail the portal sends, written out with example values in the language you choose. Decision e-mails show the default text; organizers can adapt it for an edition on the decisions page.
mailpreview-languages = Template language
template-verify-email = Confirm an e-mail address
template-account-exists = Registration with an address that has an account
template-reset-password = Password reset
template-proposal-received = Proposal receipt
template-draft-reminder = Draft reminder before the deadline
template-speaker-invitation = Speaker invitation
template-coorganizer-invitation = Co-organizer invitation
template-join-request = Request to join an organization
template-decision-accept = Decision: accepted
template-decision-waitlist = Decision: waitlisted
template-decision-reject = Decision: not selected
template-decision-merge = Decision: merged
template-agenda-added = Agenda: session scheduled
template-agenda-moved = Agenda: session moved
template-agenda-cancelled = Agenda: session cancelled
template-staff-invitation = Staff invitation

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = Action Lines and SDGs
taxonomy-lead = Proposers choose from the Action Lines and SDGs offered here. Rename an entry, retire it, or add a moderated sub-theme under an Action Line. A proposal that already chose a retired entry keeps it.
taxonomy-fixed = Stakeholder types, ITU regions and countries follow the UN's and ITU's own lists and are not edited here.
taxonomy-lines = Action Lines, sub-lines and sub-themes
taxonomy-sdgs = Sustainable Development Goals
taxonomy-offered = Offered
taxonomy-retired = Retired
taxonomy-added = Added this edition
taxonomy-edit = Edit { $code }
taxonomy-name = Name
taxonomy-name-hint = Leave empty for the standard name, translated into every language. A name typed here is shown as typed in every language.
taxonomy-moderator = Moderated by
taxonomy-active = Offered to proposers
taxonomy-save = Save { $code }
taxonomy-add-title = Add a sub-theme
taxonomy-add-lead = A sub-theme sits under an Action Line, is often moderated by a partner organization, and is offered to proposers at once.
taxonomy-parent = Action Line
taxonomy-code = Code
taxonomy-code-hint = The Action Line's code, a hyphen, then 2 to 12 capital letters or digits, e.g. C3-OPENDATA.
taxonomy-add = Add the sub-theme
flash-taxonomy-saved = The entry has been saved.
flash-taxonomy-added-flash = The sub-theme has been added and is offered to proposers.
error-keep-one-active = Keep at least one entry of this list offered, or no proposal can be submitted.
error-theme-code-format = Use the Action Line's code, a hyphen, then 2 to 12 capital letters or digits (e.g. C3-OPENDATA).
error-theme-code-taken = This code is already in use. Choose another.

## Submissions beyond session proposals (issue 10)
nav-submissions = Other submissions
submissions-title = Other submissions
submissions-lead = Besides session proposals, the consultation takes your views on the forum's themes and format, speaker recommendations, High-Level Track facilitator nominations and exhibition space requests. Each is made for your organization; you can save a draft, change it until its deadline or withdraw it.
submissions-mine = Your organization's submissions
submissions-none = Your organization has not started any submission yet.
submissions-kinds = Send a submission
submissions-back = Back to the submissions
submission-kind-thematic-view = Views on thematic aspects
submission-kind-format-view = Views on format innovations
submission-kind-speaker-recommendation = Speaker recommendation
submission-kind-hlt-nomination = High-Level Track facilitator nomination
submission-kind-exhibition-request = Exhibition space request
submission-thematic-view-lead = Tell the organizers which themes the forum should address, and why. Name the Action Lines and SDGs your views concern.
submission-thematic-view-title = Subject
submission-thematic-view-body = Your views
submission-format-view-lead = Suggest new ways of running the forum: session formats, hybrid participation, accessibility, inclusion.
submission-format-view-title = Subject
submission-format-view-body = Your suggestion
submission-speaker-recommendation-lead = Recommend a person who should speak at the forum, and on what.
submission-speaker-recommendation-title = Topic the person would speak on
submission-speaker-recommendation-body = Why this person
submission-speaker-recommendation-person = The person you recommend
submission-hlt-nomination-lead = Nominate a person to facilitate a High-Level Track session on an Action Line.
submission-hlt-nomination-title = High-Level Track session or theme
submission-hlt-nomination-body = Why this person
submission-hlt-nomination-person = The person you nominate
submission-exhibition-request-lead = Ask for space in the forum's exhibition to show your work.
submission-exhibition-request-title = What you will exhibit
submission-exhibition-request-body = Description and needs (power, screens, internet, furniture)
submission-themes-hint = Choose up to { $max }.
submission-person-name = Full name
submission-person-organization = Organization
submission-person-gender = Gender
submission-person-email = E-mail address
submission-person-email-hint = Optional. Only organizers see it; they may write to the person.
submission-space-size = Space
submission-space-option = { $m2 } m²
submission-on-behalf-legend = Who said it
submission-on-behalf-hint = The speaker at the meeting. The submission is marked as recorded by the organizers on their behalf.
submission-on-behalf-name = Speaker's name and organization
submission-record-heading = { $kind }: input at { $meeting }
submission-edit-heading = { $kind } { $code }
submission-deadline = Open until { $deadline }.
submission-limit = Each organization may send up to { $count } of this kind.
submission-consent = List this submission in the public outcomes report
submission-consent-hint = The report always counts every submission. With your agreement it also shows the title, your organization and your text (never the details of a person you recommend or nominate).
submission-consent-short = Public listing
submission-consent-given = Agreed
submission-consent-not-given = Not agreed
submission-record = Record the input
submission-save-changes = Save changes
submission-send = Send
submission-save-draft = Save as draft
submission-status-draft = Draft
submission-status-submitted = Sent
submission-status-withdrawn = Withdrawn
submission-kind-not-offered = Not taken in this edition.
submission-closes = Open until { $deadline }.
submission-closed-on = Closed on { $deadline }.
submission-start = Start: { $kind }
submission-col-title = Title
submission-col-kind = Kind
submission-col-updated = Last change
submission-col-themes = Themes
submission-from = From
submission-received-how = Received
submission-received-online = Through the online form
submission-received-meeting = At { $meeting }, recorded by the organizers for { $name }
submission-at-meeting = at { $meeting }
submission-sent-at = Sent
submission-change = Change
submission-withdraw = Withdraw
submission-editable-until = You can change or withdraw it until { $deadline }.
submission-organizer-tools = For organizers
submission-tags = Tags
submission-no-tags = No tags yet.
submission-tag-new = New tag
submission-tag-hint = A theme in a few words, e.g. "gender gap". Tags are counted in the outcomes report.
submission-tag-add = Add the tag
submission-tag-remove = Remove the tag { $tag }
submission-uses = Used in the programme
submission-use-kind = Use it as
submission-use-speaker = A speaker on a session
submission-use-session = A note on a session
submission-use-line = A note on an Action Line's track
submission-use-target = Session or Action Line
submission-use-target-hint = The session's code (e.g. WF27-0042) or the Action Line's code (e.g. C5).
submission-use-note = Note
submission-use-note-hint = Optional. For notes, the submission's title is used when empty.
submission-use-save = Use it
submission-used-speaker = Added as a speaker to { $target }
submission-used-session = Note on session { $target }
submission-used-line = Note on the { $target } track
submission-region = ITU region
submission-count = { $count ->
    [one] One submission.
   *[other] { $count } submissions.
}
filter-submissions = Filter the submissions
organize-submissions-title = Consultation submissions
organize-submissions-lead = Every submission of every kind, sent online or recorded at a consultation meeting. Drafts stay with their authors.
consultation-settings-title = Consultation settings and meetings
consultation-settings-lead = Which kinds of submission the call takes, until when and how many, and the consultation's meetings.
submission-kinds-title = Kinds of submission
submission-kind-open = Take submissions of this kind
submission-kind-deadline = Own deadline (Geneva time)
submission-kind-deadline-hint = Empty: the call's deadline. It cannot be later than the call's.
submission-kind-max-org = Most per organization
submission-kind-max-chars = Most characters of text
submission-kind-save = Save: { $kind }
meetings-title = Consultation meetings
meetings-none = No meeting has been added yet.
meeting-add = Add a meeting
meeting-change = Change the meeting
meeting-title = Title
meeting-mode = How it is held
meeting-mode-virtual = Virtual
meeting-mode-physical = Physical
meeting-mode-hybrid = Hybrid
meeting-starts = Starts (Geneva time)
meeting-ends = Ends (Geneva time)
meeting-when = When
meeting-time-hint = For example 2027-01-20T14:00.
meeting-location = Place
meeting-location-hint = Needed for physical and hybrid meetings.
meeting-remote-url = Remote participation link
meeting-remote-url-hint = Needed for virtual and hybrid meetings, e.g. https://meet.example.org/wsis.
meeting-save = Save the meeting
meeting-inputs = Inputs
meeting-inputs-title = Inputs received at this meeting
meeting-inputs-lead = Record what a speaker said or handed in as a submission on their behalf.
meeting-no-inputs = No input recorded yet.
meeting-record = Record: { $kind }
outcomes-edit-title = Outcomes report
outcomes-title = { $edition }: outcomes of the Open Consultation Process
outcomes-published-on = Published on { $date }.
outcomes-is-public = The report is public.
outcomes-not-public = The report is not public yet. Write its summary, then publish it.
outcomes-view-public = Read the public page
outcomes-summary = Summary
outcomes-summary-hint = Markdown. Needed to publish.
outcomes-programme-answer = How the programme answers the consultation
outcomes-answer-hint = Markdown. Optional.
outcomes-save = Save
outcomes-publish = Publish the report
outcomes-unpublish = Withdraw the report from the public
outcomes-preview = Preview
outcomes-total = submissions counted
outcomes-from-meetings = of them received at consultation meetings
outcomes-listed = listed with their authors' agreement
outcomes-lines-hint = Bars: each Action Line's share of the submissions, and of the accepted sessions in the programme.
outcomes-listed-title = Submissions listed with their authors' agreement
outcomes-listed-lead = Submissions whose authors agreed to publication. Recommended and nominated people are not named.
outcomes-listed-none = No author has agreed to publication.
outcomes-csv-counts = Download the counts (CSV)
outcomes-csv-list = Download the listed submissions (CSV)
outcomes-print-hint = To keep a PDF, print this page from your browser and choose "Save as PDF".
outcomes-dim-kind = Kinds of submission
outcomes-dim-stakeholder = Stakeholder type of the submitters
outcomes-dim-region = ITU region of the submitters
outcomes-dim-country = Country of the submitters
outcomes-dim-line = Action Lines the submissions concern
outcomes-dim-sdg = SDGs the submissions concern
outcomes-dim-tag = Themes tagged by the organizers
flash-submission-sent = Your submission has been sent. A receipt is on its way to your inbox.
flash-submission-draft-saved = The draft has been saved.
flash-submission-saved = Your changes have been saved.
flash-submission-not-editable = This submission can no longer be changed.
flash-submission-withdrawn = The submission has been withdrawn.
flash-submission-tagged = The tag has been added.
flash-submission-untagged = The tag has been removed.
flash-submission-used = Done: the submission is now part of the programme's material.
flash-submission-kind-saved = The settings have been saved.
flash-meeting-saved = The meeting has been saved.
flash-meeting-input-recorded = The input has been recorded.
flash-outcomes-published = The outcomes report is now public.
flash-outcomes-unpublished = The outcomes report is no longer public.
flash-outcomes-saved = The report has been saved.
error-too-many = Choose at most { $limit }.
error-tag-format = Use letters, digits, spaces and hyphens only.
error-kind-closed = This kind of submission is not taken in this edition.
error-submission-limit = Your organization has already sent as many submissions of this kind as this edition allows.
error-session-not-found = No session of this edition has this code.
error-session-not-accepted = This proposal has not been accepted as a session.
error-deadline-after-call = This must not be later than the call's deadline.
email-submission-received-subject = Submission { $code } received
email-submission-received-body =
    Hello { $name },

    Thank you: we have received your submission { $code } ({ $kind }), “{ $title }”.

    You can read it, change it or withdraw it until its deadline here:

    { $link }

    WSIS Forum Secretariat
template-submission-received = Submission receipt
api-error-bad-path = The address names something in a form this route does not accept.
error-bad-json = The request body is not the JSON this route expects.
error-bad-query = The query string is not what this route expects.
error-bad-path = The address names something in a form this route does not accept.
consultation-notes-title = From the consultation
consultation-notes-lead = Notes organizers attached from consultation submissions.
profile-title = Your speaker profile
profile-title-staff = Speaker profile of { $name }
profile-staff-note = You are editing this profile on the speaker's behalf. Your edit is recorded in the audit log under your name.
profile-lead = This is how the programme presents you on the pages of your sessions and on your speaker page. Your sessions:
profile-print-name = Name as printed
profile-print-name-hint = As it should appear in the programme, without honorific.
profile-honorific = Honorific
profile-honorific-hint = Optional, for example Dr., Prof. or H.E.
profile-job-title = Job title
profile-organization = Organization
profile-pronouns = Pronouns
profile-pronouns-hint = Optional, for example she/her.
profile-bio = Short biography
profile-bio-hint = At most 1,500 characters. You can use Markdown: *italic*, **bold** and [links](https://example.org).
profile-links = Links
profile-links-hint = Your website or social profiles: one full address per line, at most 5.
profile-photo = Photo
profile-photo-hint = JPEG, PNG or WebP, at most 5 MB. We keep the centre square and remove the location and camera data.
profile-photo-current = Your current photo
profile-photo-remove = Remove my photo
profile-public-title = What the programme shows
profile-public-hint = Your printed name is always shown; your e-mail address never is. Tick what else may be public.
profile-public-details = Show my honorific, job title and organization
profile-public-bio = Show my biography
profile-public-links = Show my links
profile-public-pronouns = Show my pronouns
profile-public-photo = Show my photo
profile-save = Save profile
profile-availability-title = When you cannot speak
profile-availability-lead = Tell the organizers when you are not available, so your sessions are not placed then. Times are Geneva time ({ $zone } during the Forum); sessions run { $hours }.
profile-unavailable-none = You have declared no times yet.
profile-unavailable-new = Add a time you cannot speak
profile-unavailable-day = Day
profile-unavailable-start = From
profile-unavailable-end = Until
profile-time-hint = Geneva time, like 14:00.
profile-whole-day = The whole day
profile-unavailable-add = Add
profile-unavailable-remove = Withdraw ({ $day })
profile-unavailable-by-organizers = (recorded by the organizers)
profile-edit-link = Edit your speaker profile and tell us when you cannot speak
flash-profile-saved = Your profile has been saved.
flash-profile-unavailable-added = The time has been added.
flash-profile-unavailable-removed = The time has been withdrawn.
error-photo-too-large = This file is larger than 5 MB. Choose a smaller photo.
error-photo-wrong-type = This is not a JPEG, PNG or WebP photo. Choose one of those.
error-photo-corrupt = This file is damaged or cut short. Choose another copy.
error-photo-too-many-pixels = This picture is too large (at most 12,000 pixels a side and 50 megapixels). Choose a smaller one.
error-photo-too-small = This picture is too small: choose one at least 96 pixels wide and high.
error-too-many-links = List at most { $limit } addresses.
speaker-links = Links
speaker-pronouns = Pronouns: { $pronouns }
speaker-photo-alt = Photo of { $name }
venue-profile-edit = Profile of { $email }
venue-profile-lookup = Edit a speaker's profile
venue-profile-email = The speaker's e-mail address, as on the panel
venue-profile-open = Open the profile
unavailable-by-speaker = declared by the speaker
profile-not-on-panel = Your address { $email } is not on the panel of any session. If a proposer named you with another address, use the link in the e-mail you received there.
account-speaker-profile-lead = On a session's panel? Edit how the programme presents you and tell the organizers when you cannot speak.
account-speaker-profile-link = Your speaker profile
