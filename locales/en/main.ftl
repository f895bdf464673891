# English interface texts. Every key here must exist in every other language
# (a test checks). Keys are grouped by page.

site-name = WSIS Forum Consultation Portal
skip-to-content = Skip to main content
nav-label = Main
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
proposal-edit-lead = Save a draft at any time; nothing is lost. Submit when everything is filled in, before { $deadline }. You can edit until the deadline.
proposal-section-basics = The session
proposal-section-content = Content
proposal-section-practical = Practical needs
proposal-field-title = Title
proposal-field-format = Session format
format-option = { $name } ({ $minutes } min, { $min }–{ $max } panelists)
proposal-field-mode = Participation
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
nav-settings = Call settings
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
questions-choose-format = Choose a session format and save the draft to see its questions.
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
