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
