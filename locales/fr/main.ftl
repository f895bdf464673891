# Textes français de l'interface. Chaque clé présente ici doit exister dans
# toutes les autres langues (un test le vérifie). Les clés sont groupées par page.

site-name = Portail de consultation du Forum du SMSI
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-menu = Menu
nav-home = Accueil
nav-login = Se connecter
nav-register = Créer un compte
nav-account = Mon compte
nav-logout = Se déconnecter
language-label = Langue
footer-organizers = Le Forum du SMSI est coorganisé par l'UIT, l'UNESCO, la CNUCED et le PNUD.
footer-process = Processus de consultation ouvert : proposez des sessions, partagez vos points de vue, façonnez le programme.
none = Aucun
title-error-prefix = Erreur :

# Accueil
home-title = Façonnez le programme du Forum du SMSI
home-lead = Chaque année, le Forum du SMSI établit son programme à partir du processus de consultation ouvert. Les gouvernements, le secteur privé, la société civile, les milieux universitaires, la communauté technique et les organisations internationales proposent les sessions.
home-cta-register = Créer un compte
home-cta-login = Se connecter
home-welcome-back = Bon retour parmi nous, { $name }.
home-steps-label = Déroulement de la consultation
home-step-propose-title = Proposer
home-step-propose-body = Votre organisation propose une session : son format, son panel, ainsi que les grandes orientations du SMSI et les objectifs de développement durable auxquels elle contribue.
home-step-review-title = Évaluer
home-step-review-body = Les évaluateurs et les facilitateurs des grandes orientations examinent chaque proposition selon des critères publiés, y compris l'équilibre du panel.
home-step-agenda-title = Calendrier
home-step-agenda-body = Le Secrétariat établit le calendrier à partir des sessions retenues et le publie pour que chacun puisse le suivre et le réutiliser.

# Formulaires
form-has-errors = Un problème est survenu
form-optional = (facultatif)
select-placeholder = Choisir…
password-show = Afficher le mot de passe
password-hide = Masquer le mot de passe
field-name = Nom complet
field-email = Adresse e-mail
field-email-hint = Nous envoyons un lien à cette adresse pour la confirmer.
field-password = Mot de passe
field-password-hint = Au moins { $min } caractères. Quelques mots faciles à retenir forment un mot de passe solide.
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-organization = Organisation
field-stakeholder-type = Type de partie prenante
field-country = Pays
field-consent = J'accepte que le portail conserve les données de ce formulaire pour mener la consultation.
field-consent-short = Consentement

# Messages de validation (error-<code>)
error-required = Renseignez cette information.
error-too-short = Saisissez au moins { $limit } caractères.
error-too-long = Saisissez au plus { $limit } caractères.
error-bad-characters = Supprimez les caractères de contrôle ou invisibles.
error-email-invalid = Saisissez une adresse e-mail du type nom@example.org.
error-password-too-short = Saisissez au moins { $limit } caractères.
error-choose-from-list = Choisissez l'une des options de la liste.
error-consent-required = Cochez la case pour donner votre accord, sinon nous ne pouvons pas créer votre compte.
error-login-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-token-invalid = Ce lien n'est plus valide : il a déjà été utilisé, a expiré ou a été copié de façon incomplète.
error-email-unverified = Confirmez d'abord votre adresse e-mail : nous vous avons envoyé un lien (vérifiez aussi vos courriers indésirables).
error-password-wrong = Ce n'est pas votre mot de passe actuel.
error-rate-limited = Trop de tentatives. Réessayez dans { $minutes } minutes.
error-cannot-revoke-own-admin = Vous ne pouvez pas retirer votre propre rôle d'administrateur.

# Inscription
register-title = Créer un compte
register-lead = Inscrivez-vous une seule fois, pour vous et votre organisation. Vous pourrez ensuite proposer des sessions pour le Forum du SMSI.
register-about-you = Vous concernant
register-your-organization = Votre organisation
consent-title = Vos données
consent-text = Nous conservons votre nom, votre adresse e-mail et votre organisation pour mener la consultation et vous contacter au sujet de vos propositions. Les évaluateurs et le Secrétariat du SMSI y ont accès. Vous pouvez télécharger ou effacer vos données à tout moment.
register-submit = Créer le compte
register-have-account = Déjà inscrit ?
register-done-title = Consultez votre boîte de réception
register-done-body = Nous vous avons envoyé un e-mail contenant un lien. Ouvrez-le pour confirmer votre adresse, puis connectez-vous.
register-done-spam = Aucun e-mail après quelques minutes ? Regardez dans vos courriers indésirables, ou connectez-vous pour recevoir un nouveau lien.

# Vérification de l'adresse e-mail
verify-title = Confirmez votre adresse e-mail
verify-lead = Appuyez sur le bouton pour confirmer que cette adresse est bien la vôtre.
verify-submit = Confirmer mon adresse
verify-invalid-title = Ce lien ne fonctionne pas
verify-invalid-help = Si votre adresse n'est pas encore confirmée, connectez-vous et nous vous enverrons un nouveau lien.

# Connexion
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?

# Réinitialisation du mot de passe
forgot-title = Réinitialiser votre mot de passe
forgot-lead = Saisissez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = M'envoyer un lien
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien. Il est valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-invalid-title = Ce lien ne fonctionne pas
reset-request-new = Demander un nouveau lien

# Compte
account-title = Mon compte
account-roles = Rôles
account-change-password = Changer de mot de passe
account-change-password-note = Changer de mot de passe vous déconnecte de tous vos autres appareils.
account-change-password-submit = Changer de mot de passe

# Rôles et types de parties prenantes
role-stakeholder = Partie prenante
role-speaker = Intervenant
role-reviewer = Évaluateur
role-facilitator = Facilitateur de grande orientation
role-organizer = Organisateur
role-admin = Administrateur
stakeholder-government = Gouvernement
stakeholder-private-sector = Secteur privé
stakeholder-civil-society = Société civile
stakeholder-academia = Milieux universitaires
stakeholder-technical-community = Communauté technique
stakeholder-international-organization = Organisation internationale

# Avis ponctuels (flash-<code>)
flash-email-verified = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
flash-signed-out = Vous êtes déconnecté.
flash-password-reset = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
flash-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.

# Pages d'erreur (errorpage-<kind>-title / -body)
errorpage-home = Aller à la page d'accueil
errorpage-not-found-title = Page introuvable
errorpage-not-found-body = Il n'y a aucune page à cette adresse. Vérifiez l'adresse ou recommencez depuis la page d'accueil.
errorpage-forbidden-title = Accès non autorisé
errorpage-forbidden-body = Votre compte n'a pas accès à cette page.
errorpage-unauthenticated-title = Connexion requise
errorpage-unauthenticated-body = Connectez-vous pour voir cette page.
errorpage-rate-limited-title = Trop de requêtes
errorpage-rate-limited-body = Veuillez patienter un peu et réessayer.
errorpage-bad-request-title = Cette requête pose un problème
errorpage-bad-request-body = La page n'a pas pu traiter les données envoyées. Revenez en arrière et réessayez.
errorpage-internal-title = Un problème est survenu de notre côté
errorpage-internal-body = L'erreur a été consignée. Veuillez réessayer dans quelques minutes.

# E-mails (email-<template>-subject / -body)
email-verify-email-subject = Confirmez votre adresse e-mail pour le Forum du SMSI
email-verify-email-body =
    Bonjour { $name },

    Veuillez confirmer votre adresse e-mail pour le Portail de consultation du Forum du SMSI en ouvrant ce lien :

    { $link }

    Ce lien est valable 48 heures. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.

    Secrétariat du Forum du SMSI
email-account-exists-subject = Vous avez déjà un compte pour le Forum du SMSI
email-account-exists-body =
    Bonjour { $name },

    Quelqu'un a tenté de s'inscrire avec cette adresse e-mail, qui est déjà associée à un compte. Si c'était vous, connectez-vous, ou choisissez un nouveau mot de passe ici :

    { $link }

    Si ce n'était pas vous, aucune action n'est nécessaire.

    Secrétariat du Forum du SMSI
email-reset-password-subject = Choisissez un nouveau mot de passe pour le Forum du SMSI
email-reset-password-body =
    Bonjour { $name },

    Ouvrez ce lien pour choisir un nouveau mot de passe :

    { $link }

    Ce lien est valable une heure, pour une seule utilisation. Si vous n'en avez pas fait la demande, ignorez cet e-mail : votre mot de passe reste inchangé.

    Secrétariat du Forum du SMSI

# Propositions
nav-proposals = Mes propositions
cancel = Annuler
not-provided = Pas encore renseigné
hint-max-chars = Au plus { $max } caractères.
hint-markdown = Vous pouvez utiliser Markdown : ## titres, - listes, **gras**, [liens](https://…).
proposals-title = Mes propositions
proposals-deadline = L'appel à propositions de sessions est ouvert jusqu'au { $deadline }.
proposals-call-closed = L'appel à propositions de sessions a été clôturé le { $deadline }.
proposals-new = Proposer une session
proposals-none = Votre organisation n'a encore aucune proposition.
proposal-untitled = (brouillon sans titre)
proposal-status = Statut
proposal-updated = Dernière modification
proposal-new-title = Proposer une session
proposal-edit-title = Modifier la proposition { $code }
proposal-edit-page-title = Modifier la proposition
proposal-edit-lead = Enregistrez un brouillon à tout moment. Soumettez la proposition complète avant le { $deadline } ; vous pourrez la modifier jusque-là.
proposal-saved-at = Votre brouillon a été enregistré pour la dernière fois le { $when }.
proposal-sections = Sections de ce formulaire
proposal-format-continue = Continuer
proposal-section-basics = La session
proposal-section-content = Contenu
proposal-section-practical = Besoins pratiques
proposal-field-title = Titre
proposal-field-format = Format de la session
format-option = { $name } ({ $minutes } min, { $min } à { $max } panélistes)
format-option-closed = date limite dépassée, code d’accès requis
proposal-field-mode = Participation
proposal-field-text-language = Langue des textes
proposal-text-language-other = Une autre langue
proposal-field-text-language-code = Code ISO, si autre langue
proposal-written-in = Rédigé en { $language }
proposal-field-languages = Langues de la session
proposal-field-abstract = Résumé
proposal-field-description = Description
proposal-field-objectives = Objectifs
proposal-field-outcomes = Résultats attendus
proposal-field-action-lines = Grandes orientations du SMSI
proposal-field-sdgs = Objectifs de développement durable
proposal-themes-hint = Cochez chaque élément auquel la session contribue et expliquez comment en une ou deux phrases.
theme-rationale = Comment la session contribue à { $theme }
theme-moderated-by = modération : { $org }
theme-children = Sous-thèmes de { $code } ({ $count })
sdg = ODD
proposal-field-panel = Panel
panel-hint = Le modérateur et les intervenants. Chacun reçoit un e-mail pour confirmer sa participation. Un panel équilibré (genre, région, type de partie prenante) est un critère de sélection.
panel-member = Panéliste { $n }
panel-role = Rôle
panel-role-moderator = Modérateur
panel-role-speaker = Intervenant
panel-job-title = Fonction
panel-gender = Genre
panel-remote = Participe à distance
panel-remote-short = à distance
panel-add = Ajouter un panéliste
panel-remove = Retirer le panéliste { $n }
proposal-field-preferred-days = Jours souhaités (facultatif)
proposal-field-requirements = Besoins particuliers (facultatif)
proposal-save-draft = Enregistrer le brouillon
proposal-submit = Soumettre la proposition
proposal-edit = Modifier
proposal-withdraw = Retirer
proposal-timeline = Historique du statut
proposal-deadline-line = Modifiable jusqu'au { $deadline }.
withdraw-title = Retirer cette proposition ?
withdraw-lead = { $code } « { $title } » ne sera plus examinée. Cette action est irréversible.
withdraw-confirm = Retirer la proposition
balance-title = Équilibre du panel
balance-count = Panélistes : { $n }
balance-gender = Genre
balance-region = Région de l'UIT
balance-stakeholder = Type de partie prenante
balance-note-single-gender = Tous les panélistes sont du même genre. Envisagez un panel plus équilibré.
balance-note-single-region = Tous les panélistes viennent de la même région. Des voix d'autres régions renforcent une proposition.
balance-note-single-stakeholder = Tous les panélistes relèvent du même type de partie prenante. Le processus du SMSI valorise les panels multipartites.
mode-in-person = En présentiel
mode-hybrid = Hybride (en présentiel et en ligne)
mode-remote = En ligne uniquement
gender-woman = Femme
gender-man = Homme
gender-non-binary = Non binaire ou autre identité
gender-undisclosed = Préfère ne pas répondre
region-A = A – Amériques
region-B = B – Europe occidentale
region-C = C – Europe orientale et Asie septentrionale
region-D = D – Afrique
region-E = E – Asie et Australasie
status-draft = Brouillon
status-submitted = Soumise
status-under-review = En cours d'évaluation
status-accepted = Acceptée
status-waitlisted = Sur liste d'attente
status-rejected = Non retenue
status-merged = Fusionnée
status-confirmed = Confirmée
status-scheduled = Programmée
status-withdrawn = Retirée
flash-proposal-saved = Brouillon enregistré.
flash-proposal-submitted = Votre proposition a été soumise. Un accusé de réception vous a été envoyé par e-mail.
flash-proposal-locked = Cette proposition ne peut plus être modifiée.
flash-proposal-withdrawn = La proposition a été retirée.
error-choose-at-least-one = Choisissez au moins un élément.
error-panel-too-small = Ce format exige au moins { $limit } panélistes.
error-panel-too-large = Ce format autorise au plus { $limit } panélistes.
error-one-moderator = Désignez un seul et unique modérateur.
error-duplicate-speaker = Cette personne fait déjà partie du panel.
error-no-organization = Votre compte n'est encore rattaché à aucune organisation : vous ne pouvez donc pas proposer de sessions.
error-call-closed = L'appel à propositions est clôturé.
error-busy-try-again = De nombreuses propositions arrivent en ce moment. Veuillez appuyer de nouveau sur le bouton.
error-not-editable = Cette proposition ne peut plus être modifiée.
error-deadline-passed = La date limite pour ce format est dépassée : les modifications ne sont plus acceptées.
error-format-deadline-passed = La date limite pour ce format est dépassée. Si le Secrétariat du SMSI vous a remis un code d’accès, saisissez-le sous « Code d’accès » ; sinon, choisissez un autre format.
error-format-deadline-passed-at = La date limite pour le format { $format } était le { $deadline }. Si le Secrétariat du SMSI vous a remis un code d’accès, saisissez-le sous « Code d’accès » ; sinon, choisissez un autre format.
error-format-deadline-passed-switch = La date limite pour ce format est dépassée ; gardez le format actuel ou choisissez-en un autre encore ouvert.
error-stale-version = Quelqu'un d'autre a enregistré cette proposition pendant que vous la modifiiez. Vos modifications figurent toujours ci-dessous : comparez-les avec la version enregistrée (ouvrez-la dans un nouvel onglet) et enregistrez de nouveau.
error-not-withdrawable = Une proposition ayant fait l'objet d'une décision ne peut pas être retirée ici ; contactez le Secrétariat.
format-thematic-workshop = Atelier thématique
format-country-workshop = Atelier de pays
format-interactive-session = Session interactive
format-high-level-policy-session = Session de haut niveau sur les politiques
format-facilitation-meeting = Réunion de facilitation de grande orientation
format-knowledge-cafe = Café du savoir
format-open-space-talk = Exposé en espace ouvert
format-hackathon = Hackathon
format-exhibition = Espace d'exposition
al-C1 = Rôle des pouvoirs publics et de toutes les parties prenantes dans la promotion des TIC pour le développement
al-C2 = Infrastructure de l'information et de la communication
al-C3 = Accès à l'information et au savoir
al-C3-LIB = Bibliothèques et archives
al-C4 = Renforcement des capacités
al-C5 = Établir la confiance et la sécurité dans l'utilisation des TIC
al-C6 = Environnement propice
al-C7 = Applications TIC : avantages dans tous les aspects de la vie
al-C7-EGOV = Cybergouvernement
al-C7-EBUS = Commerce électronique
al-C7-ELEARN = Cyberapprentissage
al-C7-EHEALTH = Cybersanté
al-C7-EEMPL = Cyberemploi
al-C7-EENV = Cyberenvironnement
al-C7-EAGRI = Cyberagriculture
al-C7-ESCI = Cyberscience
al-C8 = Diversité et identité culturelles, diversité linguistique et contenus locaux
al-C8-HER = Patrimoine
al-C9 = Médias
al-C10 = Dimensions éthiques de la société de l'information
al-C11 = Coopération internationale et régionale
sdg-1 = Pas de pauvreté
sdg-2 = Faim « zéro »
sdg-3 = Bonne santé et bien-être
sdg-4 = Éducation de qualité
sdg-5 = Égalité entre les sexes
sdg-6 = Eau propre et assainissement
sdg-7 = Énergie propre et d'un coût abordable
sdg-8 = Travail décent et croissance économique
sdg-9 = Industrie, innovation et infrastructure
sdg-10 = Inégalités réduites
sdg-11 = Villes et communautés durables
sdg-12 = Consommation et production responsables
sdg-13 = Mesures relatives à la lutte contre les changements climatiques
sdg-14 = Vie aquatique
sdg-15 = Vie terrestre
sdg-16 = Paix, justice et institutions efficaces
sdg-17 = Partenariats pour la réalisation des objectifs
email-proposal-received-subject = Proposition { $code } reçue
email-proposal-received-body =
    Bonjour { $name },

    Merci : nous avons bien reçu votre proposition de session { $code }, « { $title } ».

    Vous pouvez la consulter et la modifier jusqu'à la date limite ici :

    { $link }

    Secrétariat du Forum du SMSI
tz-geneva = Heure de Genève (UTC{ $offset })
tz-utc = UTC
balance-empty = La répartition par genre, région et type de partie prenante s'affiche ici à mesure que vous ajoutez des panélistes.
settings-title = Paramètres de l'appel
settings-lead = Édition { $code } : dates, appel à propositions et formats de session. Les heures sont indiquées à l'heure de Genève.
settings-edition = Édition et appel
settings-save-edition = Enregistrer l'édition
settings-formats = Formats de session
settings-formats-lead = Chaque format a sa propre durée, sa propre taille de panel et, s'il est clôturé avant l'appel, sa propre date limite.
edition-title = Titre
edition-venue = Lieu
edition-starts-on = Premier jour du Forum
edition-ends-on = Dernier jour du Forum
edition-call-opens = Ouverture de l'appel
edition-call-closes = Clôture de l'appel
hint-geneva-time = Heure de Genève (le passage entre heure d'hiver et heure d'été est pris en compte).
format-minutes = Durée (minutes)
format-min-panel = Nombre minimal de panélistes
format-max-panel = Nombre maximal de panélistes
format-deadline = Date limite propre (facultatif)
format-deadline-hint = Laissez vide pour utiliser l'heure de clôture de l'appel. Heure de Genève.
format-is-open = Ouvert aux propositions
format-save = Enregistrer { $name }
flash-settings-saved = Paramètres enregistrés.
error-date-invalid = Saisissez une date du type 2027-05-10.
error-datetime-invalid = Saisissez une date et une heure du type 2027-02-15T23:59.
error-ends-before-start = Cette valeur doit être postérieure au début.
error-number-invalid = Saisissez un nombre entier.
error-number-too-small = Saisissez au moins { $limit }.
error-number-too-large = Saisissez au plus { $limit }.
error-max-below-min = Le maximum ne doit pas être inférieur au minimum.
speaker-page-title = Votre participation à une session du Forum du SMSI
speaker-confirm-title = Bonjour { $name }
speaker-confirm-lead = { $organization } vous propose comme { $role } dans la session « { $title } » ({ $code }) du Forum du SMSI. Participerez-vous ?
speaker-confirm-yes = Oui, je participerai
speaker-confirm-no = Non, je décline
speaker-current-answer = Votre réponse actuelle : { $answer }. Vous pouvez la modifier.
speaker-answer-invited = En attente de confirmation
speaker-answer-confirmed = Confirmée
speaker-answer-declined = Déclinée
speaker-invalid-title = Ce lien d'invitation ne fonctionne pas
flash-speaker-confirmed = Merci : votre participation est confirmée. Les organisateurs en ont été informés.
flash-speaker-declined = Votre réponse est enregistrée : vous déclinez. Les organisateurs en ont été informés.
email-speaker-invitation-subject = Participerez-vous à « { $title } » au Forum du SMSI ?
email-speaker-invitation-body =
    Bonjour { $name },

    { $organization } vous propose comme { $role } dans la session « { $title } » ({ $code }) du Forum du SMSI.

    Veuillez confirmer ou décliner ici (aucun compte nécessaire) :

    { $link }

    Secrétariat du Forum du SMSI
countdown = Clôture dans { $days } jours, { $hours } heures et { $minutes } minutes.
access-codes-title = Codes d'accès
access-codes-lead = Un code permet à un proposant invité ou retardataire de créer et de soumettre une proposition après la date limite, jusqu'à l'expiration du code.
access-code = Code
access-code-for = Destinataire
access-code-for-hint = Qui le reçoit, par exemple « Secrétariat de l'UNESCO » ou « propositions tardives, région Afrique ».
access-code-formats = Formats
access-code-formats-hint = Ne cochez rien pour autoriser tous les formats.
access-code-all-formats = Tous les formats
access-code-uses = Utilisations
access-code-max-uses = Propositions qu'il permet de créer
access-code-expires = Valable jusqu'au
access-code-new = Distribuer un nouveau code
access-code-create = Créer le code
access-code-label = Code d'accès
access-code-hint = L'appel est clôturé. Si le Secrétariat vous a remis un code d'accès, saisissez-le pour proposer une session.
access-code-hint-open = L’appel est ouvert. Un code du Secrétariat du SMSI ouvre aussi un format dont la date limite propre est dépassée.
access-code-have = Vous avez un code d’accès ?
access-code-form-hint = Nécessaire seulement pour un format dont la date limite est dépassée, ou après la clôture de l’appel. Le Secrétariat du SMSI remet des codes aux personnes invitées et aux retardataires.
access-code-use = Utiliser le code
flash-access-code-created = Le code d'accès a été créé ; il figure en haut de la liste.
error-access-code-invalid = Ce code d'accès n'est pas valide ou a expiré.
error-access-code-used-up = Ce code d'accès a atteint son nombre maximal d'utilisations.
error-access-code-format = Votre code d'accès ne couvre pas ce format.
error-must-be-future = Choisissez une date et une heure dans le futur.
coorganizers-title = Coorganisateurs
coorganizers-none = Aucune organisation coorganisatrice pour l'instant.
coorganizer-invite = Inviter une organisation coorganisatrice
coorganizer-invite-hint = Nous envoyons un lien par e-mail à la personne de contact. Une fois l'invitation acceptée (avec son propre compte), elle pourra modifier cette proposition avec vous.
coorganizer-email = E-mail de la personne de contact
coorganizer-invite-submit = Envoyer l'invitation
coorganizer-remove = Retirer { $organization }
coorganizer-status-invited = Invitée
coorganizer-status-accepted = Acceptée
coorganizer-status-declined = Déclinée
coorganize-page-title = Invitation à coorganiser
coorganize-lead = { $lead } invite { $organization } à coorganiser la session « { $title } » ({ $code }) au Forum du SMSI. Si vous acceptez, vous pourrez consulter et modifier la proposition.
coorganize-accept = Accepter et coorganiser
coorganize-decline = Décliner
coorganize-invalid-title = Ce lien d'invitation ne fonctionne pas
flash-coorganizer-invited = L'invitation a été envoyée.
flash-coorganizer-removed = Le coorganisateur a été retiré.
flash-coorganizer-declined = Vous avez décliné l'invitation.
error-coorganizer-already-invited = Cette adresse a déjà été invitée pour cette proposition.
email-coorganizer-invitation-subject = Invitation à coorganiser « { $title } » au Forum du SMSI
email-coorganizer-invitation-body =
    Bonjour,

    { $lead } invite { $organization } à coorganiser la session « { $title } » ({ $code }) au Forum du SMSI.

    Acceptez ou déclinez ici (connectez-vous ou créez d'abord un compte) :

    { $link }

    Secrétariat du Forum du SMSI
nav-organization = Organisation
org-lead = Région de l'UIT : { $region }. Chaque membre peut modifier ce profil et les propositions de l'organisation.
org-profile = Profil
org-website = Site web
org-website-hint = Facultatif. L'adresse complète, commençant par https://.
org-save = Enregistrer le profil
org-members = Membres
org-requests = Demandes d'adhésion
org-no-requests = Personne n'attend de rejoindre l'organisation.
org-approve = Approuver { $name }
org-decline = Refuser { $name }
org-join-other = Rejoindre une autre organisation
org-join-title = Rejoindre une organisation
org-join-lead = Trouvez le profil de votre organisation et demandez à la rejoindre ; un membre approuvera votre demande. D'ici là, vous restez dans votre organisation actuelle.
org-search = Nom de l'organisation
org-search-submit = Rechercher
org-results = Résultats
org-ask-to-join = Demander à rejoindre { $name }
flash-organization-saved = Le profil de l'organisation a été enregistré.
flash-join-requested = Votre demande a été envoyée aux membres de l'organisation.
flash-join-answered = Votre réponse a été enregistrée.
error-url-invalid = Saisissez une adresse web complète commençant par https://.
error-already-member = Vous êtes déjà membre de cette organisation.
error-join-already-requested = Vous avez déjà demandé à rejoindre l'organisation ; un membre vous répondra.
email-join-request-subject = { $requester } demande à rejoindre { $organization }
email-join-request-body =
    Bonjour { $name },

    { $requester } ({ $email }) demande à rejoindre { $organization } sur le Portail de consultation du Forum du SMSI. Les membres voient et modifient les propositions de l'organisation.

    Approuvez ou refusez ici :

    { $link }

    Secrétariat du Forum du SMSI
email-draft-reminder-subject = Votre brouillon { $code } n'est pas encore soumis
email-draft-reminder-body =
    Bonjour { $name },

    Votre proposition de session { $code }, « { $title } », est toujours à l'état de brouillon. La date limite est dans environ { $hours } heures ; passé ce délai, le brouillon ne pourra plus être soumis.

    Terminez-le et soumettez-le ici :

    { $link }

    Secrétariat du Forum du SMSI
questions-title = Questions propres à ce format
questions-choose-format = Choisissez un format de session pour voir ses questions.
questions-for-format = Questions pour le format { $format }
questions-none = Ce format ne pose aucune question supplémentaire.
answer-yes = Oui
answer-no = Non
question-new = Ajouter une question
question-label = Question
question-kind = Type de réponse
question-kind-text = Texte
question-kind-choice = Un choix parmi plusieurs
question-kind-number = Nombre entier
question-kind-url = Adresse web
question-kind-yes-no = Oui ou non
question-choices = Choix (un par ligne)
question-required = Une réponse est obligatoire pour soumettre
question-add = Ajouter la question
question-remove = Supprimer « { $label } »
question-list-empty = Aucune question supplémentaire.
flash-question-saved = La question a été enregistrée.
flash-question-removed = La question a été supprimée.
error-two-choices = Indiquez au moins deux choix, un par ligne.
rationale-label = Comment la session y contribue

## Évaluation, sélection et modération
nav-review = Évaluation
nav-organize = Organisation du programme
nav-moderation = Modération
choose = Choisir…
error-choose-proposals = Cochez au moins une proposition dans la liste.
error-criterion-scored = Des évaluations utilisent déjà ce critère : son échelle ne peut donc plus changer et il ne peut pas être supprimé.
error-language-code-invalid = Saisissez un code de langue de deux ou trois lettres, comme sw ou pt.
error-scale-texts-required = Indiquez ce que signifient la note la plus basse et la plus haute, dans au moins une langue.
error-moderation-no-change = L'évaluation est déjà dans cet état ; rien n'a été modifié.
error-no-such-account = Aucun compte n'utilise cette adresse e-mail. Demandez d'abord à la personne de s'inscrire.
error-not-a-reviewer = Seuls des évaluateurs et des facilitateurs peuvent être choisis ici.
error-not-confirmable = Seule une session acceptée peut être confirmée.
error-not-decidable = Seules les propositions soumises peuvent faire l'objet d'une décision ; les brouillons et les propositions retirées ou fusionnées ne le peuvent pas.
error-not-in-review = Seules les propositions soumises peuvent être attribuées à des évaluateurs.
error-phase-overlaps = Cette phase chevauche une autre phase ; les phases ne doivent pas se chevaucher.
error-review-decided = Une décision a été prise sur la proposition : les évaluations sont donc closes.
error-review-hidden = Un administrateur a masqué votre évaluation ; elle ne peut plus être modifiée.
error-review-locked = Un administrateur a verrouillé votre évaluation ; elle ne peut plus être modifiée.
error-review-phase-closed = Aucune phase d'évaluation n'est ouverte actuellement : les évaluations ne peuvent être ni rédigées ni modifiées.
error-reviewer-conflicted = Cet évaluateur a un conflit d'intérêts avec la proposition.
error-same-reviewer = Choisissez un évaluateur différent de celui qui a rédigé l'évaluation.
error-score-out-of-scale = Choisissez une note de 1 à { $limit }.
error-unknown-code = Utilisez les codes des listes (par exemple C3, C7-EHEALTH ou thematic-workshop), séparés par des virgules.
error-unknown-placeholder = Utilisez uniquement les variables {"{"}name{"}"}, {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} et {"{"}edition{"}"}, chacune entre accolades.
flash-queue-done = Vous avez évalué toutes les propositions de votre file. Merci !
flash-review-saved = Votre évaluation a été enregistrée.
flash-comment-posted = Votre message a été ajouté à la discussion.
flash-conflict-declared = Votre conflit d'intérêts est enregistré ; la proposition a été retirée de votre file.
flash-review-flagged = L'évaluation a été signalée aux administrateurs.
flash-flag-needs-reason = Pour signaler une évaluation, indiquez pourquoi en quelques mots.
flash-reviewer-assigned = L'évaluateur a été attribué.
flash-reviewer-unassigned = L'évaluateur a été retiré de cette proposition.
flash-decision-recorded = La décision est enregistrée. Elle reste en attente jusqu'à ce que vous publiiez les décisions.
flash-decisions-recorded = Les décisions sont enregistrées. Elles restent en attente jusqu'à ce que vous les publiiez.
flash-decisions-released = Les décisions ont été publiées ; les e-mails sont dans la boîte d'envoi.
flash-template-saved = Le modèle d'e-mail a été enregistré.
flash-review-settings-saved = Les paramètres d'évaluation ont été enregistrés.
flash-criterion-saved = Le critère a été enregistré.
flash-criterion-removed = Le critère a été supprimé.
flash-phase-saved = La phase d'évaluation a été ajoutée.
flash-phase-removed = La phase d'évaluation a été supprimée.
flash-team-saved = L'équipe a été ajoutée.
flash-team-removed = L'équipe a été supprimée.
flash-reviewer-added = Le rôle a été attribué.
flash-auto-assign-done = Chaque proposition soumise a désormais ses évaluateurs.
flash-auto-assign-short = Des évaluateurs ont été attribués, mais certaines propositions en ont moins que demandé : ajoutez des évaluateurs ou élargissez le périmètre des équipes, puis relancez l'attribution.
flash-review-moderated = L'action de modération a été enregistrée.
flash-session-confirmed = Merci : votre session est confirmée.
criterion-relevance = Pertinence pour les grandes orientations et les ODD
criterion-multistakeholder = Panel multipartite
criterion-balance = Équilibre régional et entre les genres
criterion-interactivity = Interactivité et conception hybride
criterion-quality = Clarté et qualité
criterion-novelty = Originalité
criterion-relevance-low = Sans lien avec les grandes orientations et les ODD
criterion-relevance-high = Au cœur des grandes orientations et des ODD cités
criterion-multistakeholder-low = Un seul groupe de parties prenantes
criterion-multistakeholder-high = Plusieurs groupes de parties prenantes, chacun avec un vrai rôle
criterion-balance-low = Une seule région et un seul genre
criterion-balance-high = Équilibre entre régions et entre genres
criterion-interactivity-low = Des discours seulement ; aucune place pour le public
criterion-interactivity-high = Conçue autour du débat, sur place et en ligne
criterion-quality-low = Objectifs et déroulé peu clairs
criterion-quality-high = Objectifs, déroulé et résultats attendus clairs
criterion-novelty-low = Reprend ce que les Forums précédents ont traité
criterion-novelty-high = Une question, une approche ou une voix nouvelle
criterion-weight = Pondération { $weight } ; noté de 1 à { $max }.
rec-accept = Accepter
rec-weak-accept = Accepter s'il reste de la place
rec-weak-reject = Plutôt non
rec-reject = Rejeter
confidence-1 = Faible : hors de mon domaine de compétence
confidence-2 = Moyen
confidence-3 = Élevé : je connais bien ce domaine
outcome-accept = Accepter
outcome-waitlist = Liste d'attente
outcome-reject = Non retenue
queue-title = Évaluations
queue-progress = Vous avez évalué { $done } propositions sur { $total }.
queue-start-next = Évaluer la proposition suivante
queue-nothing-next = Aucune proposition n'attend votre évaluation.
queue-to-review = À évaluer
queue-reviewed = Évaluées
queue-assigned = Qui vous sont attribuées
queue-in-line = Dans votre grande orientation
queue-why = Motif
queue-your-review = Votre évaluation
agg-count = Évaluations
agg-mean = Moyenne pondérée
agg-median = Médiane
agg-spread = Écart type
agg-disagreement = Désaccord entre évaluateurs
agg-reviews-assigned = Évaluations / attributions
blind-hidden = Masqué (évaluation anonyme)
results-hidden = Masqué pendant cette phase
blind-panelist = Panéliste (nom masqué)
blind-notice = Évaluation anonyme : les noms des proposants et des panélistes vous sont masqués. Jugez la proposition sur son contenu.
review-lead-organization = Organisation principale
review-lead-type = Son type de partie prenante
review-lead-country = Son pays
review-yours = Votre évaluation
review-note = Remarque (facultatif)
review-confidence = Votre degré de confiance
review-confidence-line = Confiance : { $level }
review-recommendation = Votre recommandation
review-comment = Commentaire pour les organisateurs
review-comment-hint = Non visible par les proposants. Indiquez ce qui améliorerait la session ou pourquoi elle ne devrait pas être retenue.
review-save = Enregistrer
review-save-next = Enregistrer et évaluer la suivante
review-skip-next = Passer à la proposition suivante
review-scores = Notes
review-others = Autres évaluations
review-state-hidden = Masquée par un administrateur
review-state-locked = Verrouillée
review-state-flagged = Signalée
review-flag = Signaler pour modération
review-flag-reason = Pourquoi un administrateur devrait-il examiner cette évaluation ?
review-moderate-link = Modérer les évaluations
review-moderation-history = Actions des administrateurs sur votre évaluation
review-staff-title = Outils des organisateurs
assign-title = Évaluateurs attribués
assign-reviewer = Ajouter un évaluateur (évaluations déjà attribuées)
assign-add = Attribuer
assign-remove = Retirer { $name }
conflicts-title = Conflits d'intérêts
decision-title = Décision
decision-current = Décision : { $outcome } ({ $status })
decision-pending = en attente, non publiée
decision-released = publiée
decision-none = Aucune décision
decision-outcome = Résultat
decision-note = Note interne
decision-note-hint = Réservée aux organisateurs ; n'est pas envoyée aux proposants.
decision-save = Enregistrer la décision
discussion-title = Discussion entre évaluateurs
discussion-hint = Seuls les évaluateurs de cette proposition et les organisateurs lisent cette discussion ; les proposants ne la voient jamais.
discussion-new = Votre message
discussion-post = Publier
conflict-declare-title = Conflit d'intérêts
conflict-declare-hint = Si vous travaillez avec les proposants, faites partie du panel ou ne pouvez pas juger la proposition équitablement pour une autre raison, déclarez-le : la proposition quitte votre file et votre évaluation, le cas échéant, n'est plus prise en compte.
conflict-reason = Motif
conflict-declare = Déclarer un conflit d'intérêts
selection-title = Propositions et sélection
selection-count = { $total } propositions correspondent. Page { $page } sur { $pages }.
selection-none = Aucune proposition ne correspond à ces filtres.
select-proposal = Sélectionner { $code }
select-proposals = Propositions à trancher
bulk-title = Décider pour les propositions sélectionnées
bulk-decide = Enregistrer la décision pour les propositions sélectionnées
filter-title = Filtrer et trier
filter-search = Rechercher un code, un titre ou une organisation
filter-any = Tous
filter-line = Grande orientation
filter-sdg = ODD
filter-region = Région de l'organisation principale
filter-stakeholder = Type de partie prenante de l'organisation principale
filter-disagreement = Uniquement les propositions sur lesquelles les évaluateurs sont en désaccord
filter-apply = Appliquer
filter-clear = Effacer les filtres
sort-by = Trier par
sort-direction = Ordre
sort-asc = Croissant
sort-desc = Décroissant
sort-code = Code
sort-title = Titre
sort-mean = Moyenne pondérée
sort-median = Médiane
sort-spread = Écart type
sort-reviews = Nombre d'évaluations
sort-decision = Décision
pager-label = Pages
pager-prev = Page précédente
pager-next = Page suivante
decisions-title = Décisions et e-mails
release-title = Publier les décisions
release-nothing = Aucune décision n'attend d'être publiée.
release-pending = { $count } décisions attendent d'être publiées :
release-hint = La publication modifie le statut de chaque proposition et envoie à ses organisateurs l'e-mail de décision dans leur langue. Elle est irréversible, mais une décision peut être modifiée puis publiée à nouveau.
release-button = Publier les décisions et envoyer les e-mails
release-review-pending = Voir les décisions en attente dans la liste
templates-title = E-mails de décision
templates-hint = Chaque résultat a son e-mail dans chaque langue. Tant que vous ne le modifiez pas, le texte intégré est utilisé.
templates-language = Langue des modèles
template-subject = Objet
template-body = Texte
template-placeholders = Variables : {"{"}name{"}"} (le destinataire), {"{"}code{"}"}, {"{"}title{"}"}, {"{"}link{"}"} (la page de la proposition) et {"{"}edition{"}"}.
template-preview = Aperçu
template-save = Enregistrer le modèle
template-custom = modifié par les organisateurs
review-setup-title = Configuration de l'évaluation
review-settings-title = Paramètres d'évaluation
review-per-proposal = Évaluateurs par proposition
review-threshold = Seuil de désaccord
review-threshold-hint = Écart type des notes (0–100) au-delà duquel les évaluateurs sont considérés en désaccord.
review-blind = Évaluation anonyme
review-blind-hint = Les évaluateurs et les facilitateurs ne voient alors aucun nom de proposant, d'organisation ou de panéliste, sur aucune page ni dans aucune exportation.
review-settings-save = Enregistrer les paramètres d'évaluation
auto-assign-title = Attribution automatique
auto-assign-hint = Attribue { $n } évaluateurs à chaque proposition soumise, répartit la charge de façon égale, respecte le périmètre des équipes et n'attribue jamais une proposition à une personne en conflit d'intérêts. Les attributions existantes sont conservées.
auto-assign-button = Attribuer automatiquement les évaluateurs
criteria-title = Critères
criteria-hint = Chaque évaluation note tous les critères ; la moyenne pondérée ramène chaque note sur une échelle de 0 à 100 et la pondère. Pondération totale actuelle : { $total }.
criterion-name = Nom
criterion-name-default = Laissez vide pour conserver le nom standard, traduit pour chaque lecteur.
criterion-description = Indications pour les évaluateurs
criterion-weight-label = Pondération
criterion-scale = Note maximale
criterion-save = Enregistrer « { $name } »
criterion-remove = Supprimer « { $name } »
criterion-new = Nouveau critère
criterion-add = Ajouter le critère
criterion-scale-texts = Ce que signifient les notes
criterion-scale-low = Ce que signifie { $min } ({ $language })
criterion-scale-high = Ce que signifie { $max } ({ $language })
criterion-scale-hint-default = Laissez une langue vide pour y afficher le texte standard.
criterion-scale-hint-custom = Au moins une langue pour chaque extrémité. Les lecteurs des autres langues voient la première saisie.
phases-title = Phases d'évaluation
phases-none = Aucune phase n'est définie : l'évaluation est ouverte et les évaluateurs ne voient pas les évaluations des autres.
phase-new = Nouvelle phase
phase-name = Nom
phase-starts = Début
phase-ends = Fin
phase-may-review = Les évaluateurs peuvent rédiger et modifier des évaluations
phase-see-others = Les évaluateurs voient les autres évaluations une fois la leur rédigée
phase-proposers-edit = Les proposants peuvent encore modifier les propositions soumises
phase-no-rights = Personne ne peut rien modifier
phase-add = Ajouter la phase
phase-remove = Supprimer { $name }
reviewers-title = Évaluateurs et facilitateurs
reviewer-name = Nom
reviewer-roles = Rôles
reviewer-assigned = Attribuées
reviewer-reviewed = Évaluées
reviewer-add-title = Attribuer le rôle d'évaluateur ou de facilitateur
reviewer-email-hint = L'adresse e-mail du compte de la personne.
reviewer-line = Grande orientation à faciliter
reviewer-line-hint = Laissez vide pour faire de la personne un évaluateur ; saisissez un code tel que C3 ou C3-LIB pour en faire le facilitateur de cette grande orientation.
reviewer-add = Attribuer le rôle
facilitator-of = Facilitateur de { $lines }
teams-title = Équipes
teams-hint = Un évaluateur membre d'équipes ne reçoit que des propositions relevant des grandes orientations et des formats d'une de ses équipes ; un évaluateur sans équipe peut recevoir n'importe quelle proposition.
team-new = Nouvelle équipe
team-name = Nom
team-lines = Grandes orientations
team-lines-hint = Codes séparés par des virgules, par exemple C7, C3-LIB. Vide : toutes les grandes orientations.
team-formats = Formats
team-formats-hint = Codes séparés par des virgules, par exemple thematic-workshop. Vide : tous les formats.
team-members = Membres
team-members-hint = Adresses e-mail d'évaluateurs ou de facilitateurs, séparées par des virgules ou sur des lignes distinctes.
team-add = Ajouter l'équipe
team-any = toute proposition
team-remove = Supprimer { $name }
moderation-title = Modération des évaluations
moderation-lead = Les évaluations signalées apparaissent en premier. Chaque action doit être motivée, est consignée dans le journal d'audit et est communiquée à l'auteur de l'évaluation.
moderation-show-all = Afficher toutes les évaluations
moderation-show-flagged = Afficher uniquement les évaluations signalées
moderation-none = Aucune évaluation à modérer.
moderation-by = Par { $name }
moderation-act = Agir sur cette évaluation
moderation-action = Action
moderation-reason = Motif
moderation-reason-hint = Obligatoire. L'auteur de l'évaluation le lira.
moderation-edit-fields = Nouveau texte, nouvelle recommandation ou nouvel évaluateur (pour « Modifier » et « Réattribuer »)
moderation-new-reviewer = Nouvel évaluateur
moderation-apply = Appliquer
moderation-before-after = Avant et après
moderation-flag = Signaler
moderation-unflag = Retirer le signalement
moderation-hide = Masquer
moderation-restore = Rétablir
moderation-edit = Modifier
moderation-reassign = Réattribuer à un autre évaluateur
moderation-lock = Verrouiller
moderation-unlock = Déverrouiller
organize-title = Équilibre du programme
organize-tools = Outils des organisateurs
organize-submitted = propositions soumises
organize-reviewed = évaluées au moins une fois
organize-accepted = acceptées
organize-pending = décisions en attente de publication
balance-lead = Chaque graphique compare l'ensemble des propositions soumises avec celles qui ont été acceptées (publiées ou non). Le tableau sous chaque graphique donne les chiffres.
balance-dim-stakeholder = Type de partie prenante de l'organisation principale
balance-dim-region = Région de l'UIT de l'organisation principale
balance-dim-gender = Genre des panélistes
balance-dim-line = Grandes orientations
balance-dim-sdg = Objectifs de développement durable
balance-dim-format = Formats de session
balance-dim-country = Pays de l'organisation principale
balance-chart-summary = Graphique à barres : { $dimension } ({ $count } catégories ; les plus importantes sont représentées).
balance-legend-all = toutes les propositions
balance-legend-accepted = acceptées
balance-category = Catégorie
balance-submitted = Soumises
balance-accepted = Acceptées
balance-share = Part
line-reports-title = Rapports par grande orientation
line-reports-lead = Pour chaque grande orientation : ses propositions, les décisions publiées et l'équilibre, à communiquer à l'institution des Nations Unies chargée de la facilitation.
line-report-count = { $count } propositions dans cette grande orientation et ses sous-thèmes.
line-report-csv = Télécharger au format CSV
confirm-title = Confirmez votre session
confirm-text = Votre proposition a été acceptée. Veuillez confirmer que vous tiendrez la session telle qu'elle a été proposée.
confirm-button = Confirmer la session
email-decision-accept-subject = { $edition } : votre session { $code } est acceptée
email-decision-accept-body =
    Bonjour { $name },

    Nous avons le plaisir de vous informer que votre proposition de session { $code }, « { $title } », a été acceptée pour { $edition }.

    Veuillez confirmer que vous tiendrez la session, ici :

    { $link }

    Nous vous écrirons de nouveau lorsque le calendrier sera publié.
email-decision-waitlist-subject = { $edition } : votre proposition { $code } est sur liste d'attente
email-decision-waitlist-body =
    Bonjour { $name },

    Merci d'avoir proposé « { $title } » ({ $code }) pour { $edition }. Nous avons reçu de nombreuses propositions de grande qualité ; la vôtre figure sur la liste d'attente, et nous vous écrirons si une place se libère.

    Vous pouvez suivre son statut ici :

    { $link }
email-decision-reject-subject = { $edition } : votre proposition { $code }
email-decision-reject-body =
    Bonjour { $name },

    Merci d'avoir proposé « { $title } » ({ $code }) pour { $edition }. Nous regrettons de ne pas avoir pu la retenir cette année ; nous avons reçu bien plus de propositions que le programme ne peut en accueillir.

    Nous espérons vous voir au Forum. Vous pouvez consulter votre proposition ici :

    { $link }
outcome-merge = Fusionnée avec une autre session
error-merge-two-or-more = Cochez au moins deux propositions pour les fusionner.
error-not-mergeable = Seules les propositions soumises ou ayant fait l'objet d'une décision peuvent être fusionnées ; les propositions retirées, fusionnées, confirmées ou programmées ne le peuvent pas.
flash-proposals-merged = Les propositions sont fusionnées en cette session. Son acceptation, ainsi que la fusion, restent en attente jusqu'à ce que vous publiiez les décisions.
bulk-merge = Fusionner les propositions sélectionnées en une seule session
bulk-merge-hint = Ou fusionnez-les : sur la page suivante, vous choisirez celle qui devient la session, ainsi que son titre.
merge-title = Fusionner des propositions en une seule session
merge-lead = La session conserve le code et le contenu de la proposition choisie et reçoit les panélistes, les grandes orientations, les ODD et les organisations (en tant que coorganisateurs) des autres. Chaque proposition fusionnée conserve son propre dossier et renvoie à la session. Vous pourrez modifier la session ensuite. Rien n'est annoncé avant que vous ne publiiez les décisions.
merge-primary = La proposition qui devient la session
merge-primary-hint = Son code, sa description et son modérateur sont conservés.
merge-title-label = Titre de la session
merge-title-hint = Souvent un nouveau titre qui couvre toutes les propositions fusionnées.
merge-button = Fusionner en une seule session
merge-cancel = Annuler
merged-from = Cette session est issue de la fusion de
merged-into = Cette proposition a été fusionnée dans la session
email-decision-merge-subject = { $edition } : votre proposition { $code } rejoint une session commune
email-decision-merge-body =
    Bonjour { $name },

    Merci d'avoir proposé « { $title } » ({ $code }) pour { $edition }. Plusieurs propositions de qualité portaient sur le même thème ; le comité du programme a donc regroupé la vôtre avec d'autres en une seule session. Votre organisation est coorganisatrice de cette session et vos panélistes y participent.

    Vous pouvez voir de quelle session il s'agit, et la suivre, ici :

    { $link }
coorganizers-none-short = Aucun
error-review-unassigned = Cette proposition ne vous est plus attribuée ; votre évaluation reste enregistrée mais ne peut plus être modifiée.
moderation-page = Page { $page } sur { $pages }.
moderation-audit-link = Voir les actions de modération dans le journal d'audit.
audit-title = Journal d'audit
audit-lead = Toutes les modifications effectuées dans le portail : qui, quoi, quand, depuis quelle adresse, et l'état avant et après. Les plus récentes en premier.
audit-action = Action
audit-action-hint = Le début du nom d'une action, par exemple review. ou decision.
audit-target = Cible
audit-target-hint = Un code de proposition, ou le numéro d'un utilisateur ou d'une évaluation.
audit-when = Quand
audit-who = Qui
audit-change = Avant et après
audit-address = Adresse
audit-before-after = Afficher
audit-system = Le portail
audit-none = Aucune entrée ne correspond.

## Calendrier : éléments communs
nav-agenda = Calendrier
day-long = { $weekday } { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
datetime-long = { $date }, { $time } ({ $zone })
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Construction du calendrier (organisateurs)
agenda-builder-title = Construction du calendrier
agenda-step = Pas de la grille
agenda-step-venue = Pas du lieu ({ $minutes } min)
agenda-step-minutes = { $minutes } min
agenda-rooms-shown = Salles affichées : { $shown } sur { $total }
agenda-tools = Outils du calendrier
agenda-venue-title = Lieu et grille horaire
agenda-sessions-title = Sessions et public
agenda-schedule-title = Programmation automatique
agenda-release-title = Publier le calendrier
agenda-back-to-builder = Retour à la construction du calendrier
agenda-days = Jours
agenda-how = Choisissez une session dans la liste ou sur la grille, puis appuyez sur le « + » d'une case de la grille, ou choisissez une salle et une heure de début ci-dessous et appuyez sur « Placer ». Les sessions conservent la durée de leur format.
agenda-drag-hint = Vous pouvez aussi faire glisser une session sur une case de la grille.
agenda-filter-q = Rechercher des sessions
agenda-filter-format = Format
agenda-filter-line = Grande orientation
agenda-unscheduled = Pas encore programmées
agenda-unscheduled-count = { $shown } affichées sur { $total } pas encore programmées.
agenda-unscheduled-none = Aucune session n'attend d'être programmée ici.
agenda-card-meta = { $format }, { $minutes } min
agenda-has-conflict = Conflit
agenda-room-facts = { $building }, { $capacity } places
agenda-hybrid = hybride
agenda-place-here = Placer la session choisie dans { $room } à { $time }
agenda-place-legend = Placer la session choisie ce jour-là
agenda-room = Salle
agenda-start = Début
agenda-time = Heure
agenda-place = Placer
agenda-unschedule = Retirer de la grille
agenda-conflicts = Conflits
agenda-conflict-error = Conflit
agenda-conflict-warning = Avertissement
agenda-conflict-summary = { $errors } conflits et { $warnings } avertissements sur l'ensemble du calendrier.
agenda-not-placed = Non programmée
agenda-remote-panel = intervenants à distance
agenda-sessions-hint = Le public attendu est comparé au nombre de places de la salle où la session est placée.
agenda-audience-for = Public attendu pour { $code }
agenda-audience-save = Enregistrer
agenda-col-code = Code
agenda-col-title = Titre
agenda-col-format = Format et durée
agenda-col-place = Emplacement
agenda-col-audience = Public attendu
conflict-room-overlap = { $room } accueille plus de sessions simultanées qu'elle ne le peut : { $sessions }.
conflict-overrun = { $session } ne tient pas dans son créneau ({ $room }) : elle dépasse la fin de la journée ou empiète sur une pause ou une plénière.
conflict-person-overlap = { $person } participe à deux sessions en même temps : { $sessions }.
conflict-travel = { $person } n'a que { $gap } minutes pour changer de bâtiment entre { $sessions }.
conflict-unavailable = { $person } ne peut pas assister à { $session } à cette heure-là.
conflict-capacity = { $session } attend { $audience } personnes, mais { $room } compte { $capacity } places.
conflict-no-hybrid = { $session } compte des intervenants à distance, mais { $room } n'a pas d'équipement hybride.
conflict-parallel = { $count } sessions ont lieu simultanément, au-delà de la limite du lieu : { $sessions }.
conflict-same-line = Deux sessions de la grande orientation { $line } ont lieu en même temps : { $sessions }.
flash-agenda-placed = La session est placée.
flash-agenda-unscheduled = La session est retirée de la grille et revient dans la liste.
error-agenda-pick-session = Choisissez d'abord une session, dans la liste ou sur la grille.
error-agenda-stale = Un autre organisateur a modifié cet élément entre-temps : rien n'a donc été changé. Le calendrier ci-dessous est la version actuelle : vérifiez-le et réessayez.
error-outside-grid = Cette heure est en dehors de la grille horaire de la journée.
error-not-a-forum-day = Choisissez l'un des jours du Forum.
error-time-invalid = Saisissez une heure du type 09:30.

## Lieu
grid-title = Grille horaire
grid-day-start = Début de la journée
grid-day-end = Fin de la journée
grid-time-hint = Heure de Genève sur 24 heures, par exemple 09:00.
grid-step = Pas de la grille (minutes)
grid-travel = Minutes nécessaires pour changer de bâtiment
grid-travel-hint = Les intervenants ont besoin d'au moins ce temps entre deux sessions dans des bâtiments différents.
grid-max-parallel = Nombre maximal de sessions simultanées
grid-max-parallel-hint = 0 signifie aucune limite.
grid-save = Enregistrer la grille horaire
flash-grid-saved = La grille horaire est enregistrée.
error-venue-stale = Quelqu'un d'autre a modifié cet élément entre-temps. Les valeurs actuelles sont affichées : vérifiez-les et enregistrez de nouveau.
rooms-title = Salles
room-new = Ajouter une salle
room-name = Nom
room-building = Bâtiment
room-building-hint = Les salles situées dans des bâtiments différents nécessitent un temps de déplacement entre les sessions.
room-capacity = Places
room-parallel = Sessions simultanées
room-parallel-hint = 1 pour une salle de réunion ; davantage pour un espace d'exposition comportant plusieurs stands.
room-interpretation = Langues d'interprétation
room-interpretation-hint = Codes des langues de l'ONU séparés par des espaces, par exemple « ar en fr ».
room-remote-url = Lien pour la participation à distance
room-hybrid = Équipement hybride (les intervenants à distance peuvent participer)
room-add = Ajouter la salle
room-save = Enregistrer la salle
room-summary = { $name } – { $building }, { $capacity } places
room-remove = Supprimer { $name }
flash-room-saved = La salle est enregistrée.
flash-room-removed = La salle est supprimée.
error-room-in-use = Des sessions sont placées dans cette salle. Déplacez-les d'abord.
error-room-name-taken = Une autre salle porte déjà ce nom.
error-unknown-language = Utilisez les codes des langues de l'ONU : ar, en, es, fr, ru, zh.
blocks-title = Pauses et plénières
blocks-hint = Aucune session ne peut être placée pendant une pause ou une plénière dans les salles concernées.
block-new = Ajouter une pause ou une plénière
block-kind = Type
block-kind-break = Pause
block-kind-plenary = Plénière
block-title = Titre
block-day = Jour
block-start = De
block-end = À
block-rooms = Salles
block-rooms-hint = Ne cochez rien pour toutes les salles.
block-all-rooms = toutes les salles
block-add = Ajouter
block-remove = Supprimer { $title }
flash-block-saved = La pause ou la plénière est enregistrée.
flash-block-removed = La pause ou la plénière est supprimée.
unavailable-title = Disponibilité des intervenants
unavailable-hint = Créneaux pendant lesquels un panéliste ne peut pas être présent. Une session avec cette personne à ce moment-là est signalée comme conflit.
unavailable-new = Ajouter une indisponibilité
unavailable-email = Adresse e-mail du panéliste
unavailable-note = Remarque
unavailable-add = Ajouter
unavailable-remove = Supprimer l'entrée de { $email }
flash-unavailable-saved = La disponibilité est enregistrée.
flash-unavailable-removed = L'entrée est supprimée.
flash-audience-saved = Le public attendu est enregistré.

## Programmation automatique
schedule-hint = Le planificateur place les sessions qui ne sont pas encore sur la grille. Il ne viole jamais une règle stricte (salle, personnes, déplacements, disponibilités, places, équipement hybride, pauses) et, dans la mesure du possible, évite que des sessions de la même grande orientation aient lieu en même temps. Rien ne change tant que vous n'appliquez pas le plan.
schedule-summary = { $placed } sessions placées et { $unplaced } restantes, calculé en { $millis } ms. Avec ce plan, l'ensemble du calendrier compte { $pairs } paires de sessions simultanées de la même grande orientation.
schedule-apply = Appliquer ce plan
schedule-proposed = Placements proposés
schedule-nothing = Toutes les sessions sont déjà sur la grille, ou aucune ne peut être placée.
schedule-unplaced = Sessions restantes
schedule-unplaced-hint = Aucun créneau libre ne leur convient sans enfreindre une règle : ajoutez des salles ou du temps, ou placez-les à la main.
flash-schedule-applied = Le plan est appliqué.
error-plan-empty = Le plan est vide : il n'y a rien à appliquer.

## Publications
release-summary = Publier maintenant rend publiques { $sessions } sessions. Le calendrier compte { $errors } conflits.
release-changes = Modifications depuis la dernière publication
release-note = Note à l'intention du public
release-note-hint = Facultatif : ce qui a changé et pourquoi.
release-confirm = Confirmation
release-confirm-conflicts = Publier quand même, avec { $n } conflits dans le calendrier.
release-publish = Publier le calendrier
release-earlier = Publications précédentes
release-none-yet = Rien n'a encore été publié.
release-heading = Publication { $number }, { $when }
changelog-none = Aucune session n'a été ajoutée, déplacée ou annulée.
changelog-added = Ajoutées ({ $n })
changelog-moved = Déplacées ({ $n })
changelog-cancelled = Annulées ({ $n })
flash-agenda-released = Le calendrier est publié. Les personnes concernées par chaque session ajoutée, déplacée ou annulée recevront un e-mail.
error-agenda-empty = Aucune session n'est sur la grille : il n'y a donc rien à publier.
error-agenda-has-conflicts = Le calendrier comporte des conflits. Résolvez-les, ou cochez la case pour publier quand même.
email-agenda-added-subject = { $code } figure au calendrier de { $edition }
email-agenda-added-body =
    Bonjour { $name },

    Votre session { $code }, « { $title } », figure au calendrier publié de { $edition } :

    { $when }, { $room }

    { $link }
email-agenda-moved-subject = { $code } a été déplacée
email-agenda-moved-body =
    Bonjour { $name },

    Votre session { $code }, « { $title } », a un nouvel horaire ou une nouvelle salle dans le calendrier de { $edition } :

    { $when }, { $room }

    { $link }
email-agenda-cancelled-subject = { $code } ne figure plus au calendrier
email-agenda-cancelled-body =
    Bonjour { $name },

    Votre session { $code }, « { $title } », ne figure plus au calendrier publié de { $edition }. Le Secrétariat prendra contact avec vous.

## Programme public
programme-title = Programme
programme-not-yet = Le calendrier n'a pas encore été publié. Veuillez revenir plus tard.
programme-release = Publication { $number }, parue le { $when }
programme-releases = Publications précédentes et modifications
programme-old-release = Vous consultez une publication antérieure. La plus récente est la publication { $latest }.
programme-see-latest = Voir le calendrier le plus récent
programme-exports = Téléchargements
export-ics = Agenda (iCalendar)
export-xml = Programme XML
export-json = Programme JSON
export-csv = Sessions (CSV)
programme-view = Affichage
programme-view-grid = Grille
programme-view-list = Liste
programme-day = Jour
programme-mode = Participation
programme-search = Rechercher
programme-count = Sessions correspondantes : { $n }.
programme-none = Aucune session ne correspond ce jour-là.
session-when-geneva = { $day }, { $time } heure de Genève (UTC{ $offset })
session-when-utc = { $time } UTC
session-when-local = Votre heure
session-where = { $room }, { $building }
session-remote-link = Participer à distance
session-interpretation = Interprétation : { $languages }
session-add-calendar = Ajouter à mon agenda
session-abstract = Résumé
session-description = Description
session-organizers = Organisateurs
session-panel = Panel
session-lines = Grandes orientations du SMSI
session-sdgs = Objectifs de développement durable
session-back = Retour au programme
speaker-sessions = Sessions
speakers-title = Intervenants
speakers-search = Rechercher par nom, fonction ou organisation
speakers-country = Pays
speakers-count = { $n ->
    [one] Un intervenant au programme.
   *[other] { $n } intervenants au programme.
}
speakers-matching = Intervenants correspondants : { $shown } sur { $total }.
speakers-none = Aucun intervenant ne correspond à cette recherche.
speakers-all = Afficher tous les intervenants
speakers-pages = Pages de la liste des intervenants
speakers-page = Page { $page } sur { $pages }
speakers-previous = Page précédente
speakers-next = Page suivante
matrix-title = Matrice SMSI–ODD
matrix-intro = Sessions de la publication { $release } par grande orientation du SMSI et par objectif de développement durable. Chaque nombre renvoie aux sessions correspondantes.
matrix-csv = Télécharger la matrice (CSV)
matrix-line = Grande orientation
matrix-sdg = ODD { $n }
matrix-total = Total
matrix-cell = { $n } sessions sur { $line } et l'ODD { $sdg }
programme-filter = Filtrer
programme-filters = Filtres
programme-filters-active = Filtres ({ $n } actifs)
programme-legend = Signification des couleurs
programme-now = En cours
programme-next = Ensuite
now-title = En cours et à suivre
now-at = { $day }, { $time } (heure de Genève)
now-before = Le Forum commence le { $day }. Premières sessions :
now-over = Le Forum est terminé. Merci de votre participation.
now-free = Libre
now-nothing-later = Plus rien aujourd'hui
now-nothing-that-day = Rien ce jour-là
now-full-programme = Tout le programme
print-title = Programme à imprimer
print-link = Programme à imprimer (A4)
print-time = Heure
print-room = Salle
print-session = Session
print-release = Version { $number }
print-geneva-time = Toutes les heures sont celles de Genève
print-hint = Utilisez la commande Imprimer de votre navigateur : chaque jour commence sur une nouvelle page A4.
print-hint-sign = Utilisez la commande Imprimer de votre navigateur pour imprimer cette affiche en A4.
sign-title = Affiche de salle
sign-qr = Code QR menant à { $url }
sign-back = Retour à la session
session-sign = Affiche de salle à imprimer
embed-full-programme = Le programme complet
offline-notice = Vous êtes hors ligne. Ceci est la copie du programme gardée sur cet appareil : version { $number }, publiée le { $when }.
update-notice = Une version plus récente du programme est publiée.
update-show = L’afficher
star-off = Suivre
star-on = Suivie
mine-title = Mon agenda
mine-overlap = Chevauchement
mine-overlaps-with = En même temps que { $sessions }
mine-dropped = Plus au programme
mine-dropped-hint = Ces sessions suivies ont été annulées ou fusionnées avec d’autres depuis.
mine-empty = Vous ne suivez encore aucune session. Marquez des sessions dans le programme : elles apparaissent ici, jour par jour.
mine-account = Vos sessions suivies sont conservées avec votre compte, sur tous les appareils où vous vous connectez.
mine-browser = Vos sessions suivies sont conservées dans ce navigateur seulement.
mine-sign-in = Connectez-vous pour les garder avec votre compte et obtenir un flux de calendrier.
mine-no-js = Sans JavaScript, il faut un compte pour suivre des sessions : connectez-vous d’abord.
feed-title = Flux de calendrier
feed-hint = Abonnez votre application de calendrier à cette adresse privée. Elle suit chaque changement du programme : les sessions déplacées se déplacent, les sessions annulées disparaissent. Toute personne qui a l’adresse voit vos sessions suivies.
feed-address = Votre adresse de calendrier privée
feed-renew = Créer une nouvelle adresse
feed-revoke = Désactiver le flux
feed-renew-hint = Une nouvelle adresse désactive aussitôt l’ancienne ; désactiver le flux aussi.
feed-none = Recevez vos sessions suivies dans votre propre application de calendrier grâce à une adresse privée qui suit chaque changement du programme.
feed-create = Créer mon adresse de calendrier
flash-feed-made = Votre adresse de calendrier est prête. Toute adresse précédente ne fonctionne plus.
flash-feed-revoked = Le flux de calendrier est désactivé. Son adresse ne fonctionne plus.
error-too-many-stars = Vous suivez le maximum de sessions qu’un compte peut garder (1 000). Retirez-en d’abord.

## API d'automatisation
api-invalid = Certains champs ne sont pas valides ; consultez le message de chaque champ.
api-error-not-found = Il n'y a rien ici, ou ce compte n'est pas autorisé à le voir.
api-error-unauthenticated = Envoyez un jeton d'accès personnel valide et non expiré : Authorization: Bearer wsis_…
api-error-forbidden = Ce jeton ou son compte n'est pas autorisé à effectuer cette opération.
api-error-rate-limited = Trop de requêtes avec ce jeton ; patientez comme l'indique Retry-After.
api-error-internal = Un problème est survenu de notre côté. Il a été consigné.
api-error-no-such-route = Cette route d'API n'existe pas. Consultez /api/v1/openapi.json.
api-error-bad-json = Le corps de la requête n'est pas le JSON attendu par cette route.
api-error-bad-query = La chaîne de requête ne correspond pas à ce qu'attend cette route.
tokens-title = Jetons d'API
tokens-intro = Les jetons d'accès personnels permettent à vos scripts d'utiliser l'API d'automatisation du portail en votre nom, avec vos autorisations. Attribuez à chaque script son propre jeton et révoquez-le lorsqu'il n'est plus nécessaire.
tokens-openapi = Description de l'API (OpenAPI)
tokens-yours = Vos jetons
tokens-none = Vous n'avez pas encore de jeton.
token-new = Créer un jeton
token-name = Nom
token-name-hint = Son usage, par exemple « Synchronisation du programme ».
token-scopes = Autorisations
token-scope-read = Lecture
token-scope-write = Modification (créer, décider, programmer)
token-days = Expire après (jours)
token-days-hint = Laissez vide pour un jeton valable jusqu'à ce que vous le révoquiez.
token-create = Créer le jeton
token-created = Votre nouveau jeton « { $name } » :
token-created-once = Copiez-le maintenant : il n'est affiché qu'une seule fois et ne pourra plus l'être.
token-prefix = Commence par
token-created-at = Créé le
token-last-used = Dernière utilisation
token-expires = Expiration
token-actions = Actions
token-never-used = Jamais
token-no-expiry = Jamais
token-revoked = Révoqué
token-revoke = Révoquer { $name }
flash-token-revoked = Le jeton est révoqué ; les scripts qui l'utilisent ne peuvent plus se connecter.

## Personnes (administrateurs)
nav-people = Personnes
people-title = Personnes
people-search = Nom, adresse ou organisation
people-role = Rôle
people-count = Personnes trouvées : { $n }.
people-status = Statut
people-change = Modifier
people-active = Actif
people-inactive = Désactivé
people-roles-of = Rôles de { $name }
people-save-roles = Enregistrer les rôles
people-deactivate = Désactiver { $name }
people-reactivate = Réactiver { $name }
people-pages = Pages
people-invite = Inviter une personne
people-invite-hint = Évaluateurs, facilitateurs de grandes orientations, organisateurs et administrateurs. Une adresse associée à un compte reçoit le rôle immédiatement ; une nouvelle adresse reçoit un e-mail contenant un lien pour choisir un mot de passe, valable sept jours.
people-name-hint = Nécessaire uniquement si l'adresse n'a pas encore de compte.
people-line = Grande orientation
people-line-hint = Pour les facilitateurs : la grande orientation qu'ils facilitent, par exemple C7 ou C7-EHEALTH.
people-invite-send = Inviter
flash-person-invited = L'invitation est en cours d'envoi.
flash-person-role-added = Le compte existait déjà ; il dispose désormais du rôle.
flash-person-roles-saved = Les rôles sont enregistrés.
flash-person-deactivated = Le compte est désactivé et déconnecté partout.
flash-person-reactivated = Le compte est de nouveau actif.
error-cannot-deactivate-self = Vous ne pouvez pas désactiver votre propre compte.
email-staff-invitation-subject = Vous êtes invité sur le Portail de consultation du Forum du SMSI
email-staff-invitation-body =
    Bonjour { $name },

    { $inviter } vous a invité sur le Portail de consultation du Forum du SMSI. Choisissez votre mot de passe ici (le lien est valable sept jours) :

    { $link }
audit-csv = Télécharger ces événements (CSV)
outbox-title = Boîte d'envoi des e-mails
outbox-intro = Chaque e-mail rédigé par le portail attend ici jusqu'à ce que le serveur SMTP l'accepte ; les envois échoués sont retentés à intervalles croissants pendant environ une journée. Relancez dès maintenant un e-mail échoué ou en attente, ou renvoyez un e-mail déjà remis.
outbox-status = Statut
outbox-status-pending = En attente
outbox-status-sent = Envoyé
outbox-status-failed = Échec
outbox-to = Destinataire
outbox-subject = Objet
outbox-written = Rédigé le
outbox-count = E-mails trouvés : { $n }.
outbox-retry = Réessayer maintenant
outbox-resend = Renvoyer
flash-email-requeued = L'e-mail est remis en file d'attente et partira d'ici une minute.
account-my-data = Télécharger mes données (JSON)

# Protection des données : effacement
account-erase-title = Effacer mon compte
account-erase-lead = Votre nom, votre adresse électronique et votre mot de passe sont supprimés et vous êtes déconnecté partout. Les propositions et évaluations auxquelles vous avez participé restent à leurs organisations, sans votre nom. Cette action est irréversible.
account-erase-confirm = Je comprends que cette action est irréversible.
account-erase-submit = Effacer mon compte
error-erase-not-confirmed = Cochez la case pour confirmer.
error-already-erased = Ce compte a déjà été effacé.
error-last-admin = Le portail a besoin d’au moins un administrateur actif : nommez-en d’abord un autre.
flash-account-erased = Votre compte a été effacé. Merci de votre participation.
people-erase = Effacer les données personnelles de { $name }
people-erase-confirm = Cette personne a demandé l’effacement, et je comprends que c’est irréversible.
people-erase-submit = Effacer
flash-person-erased = Les données personnelles ont été effacées ; les propositions et évaluations restent, sans le nom.
flash-erase-needs-confirmation = Rien n’a été effacé : cochez d’abord la case de confirmation.

# E-mail template previews (admins)
mailpreview-title = Modèles de courriel
mailpreview-intro = Chaque courriel envoyé par le portail, rédigé avec des valeurs d’exemple dans la langue choisie. Les courriels de décision montrent le texte par défaut ; les organisateurs peuvent l’adapter pour une édition sur la page des décisions.
mailpreview-languages = Langue des modèles
template-verify-email = Confirmer une adresse électronique
template-account-exists = Inscription avec une adresse qui a déjà un compte
template-reset-password = Réinitialisation du mot de passe
template-proposal-received = Accusé de réception de la proposition
template-draft-reminder = Rappel de brouillon avant la date limite
template-speaker-invitation = Invitation d’intervenant
template-coorganizer-invitation = Invitation de co-organisateur
template-join-request = Demande d’adhésion à une organisation
template-decision-accept = Décision : acceptée
template-decision-waitlist = Décision : en liste d’attente
template-decision-reject = Décision : non retenue
template-decision-merge = Décision : fusionnée
template-agenda-added = Calendrier : session programmée
template-agenda-moved = Calendrier : session déplacée
template-agenda-cancelled = Calendrier : session annulée
template-staff-invitation = Invitation du personnel

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = Grandes orientations et ODD
taxonomy-lead = Les proposants choisissent parmi les grandes orientations et les ODD proposés ici. Renommez une entrée, retirez-la ou ajoutez un sous-thème modéré sous une grande orientation. Une proposition qui avait déjà choisi une entrée retirée la conserve.
taxonomy-fixed = Les types de parties prenantes, les régions de l'UIT et les pays suivent les listes de l'ONU et de l'UIT et ne sont pas modifiés ici.
taxonomy-lines = Grandes orientations, sous-orientations et sous-thèmes
taxonomy-sdgs = Objectifs de développement durable
taxonomy-offered = Proposé
taxonomy-retired = Retiré
taxonomy-added = Ajouté pour cette édition
taxonomy-edit = Modifier { $code }
taxonomy-name = Nom
taxonomy-name-hint = Laissez vide pour le nom standard, traduit dans chaque langue. Un nom saisi ici s'affiche tel quel dans toutes les langues.
taxonomy-moderator = Modéré par
taxonomy-active = Proposé aux proposants
taxonomy-save = Enregistrer { $code }
taxonomy-add-title = Ajouter un sous-thème
taxonomy-add-lead = Un sous-thème se rattache à une grande orientation, est souvent modéré par une organisation partenaire et est proposé aussitôt aux proposants.
taxonomy-parent = Grande orientation
taxonomy-code = Code
taxonomy-code-hint = Le code de la grande orientation, un trait d'union, puis 2 à 12 majuscules ou chiffres, par exemple C3-OPENDATA.
taxonomy-add = Ajouter le sous-thème
flash-taxonomy-saved = L'entrée a été enregistrée.
flash-taxonomy-added-flash = Le sous-thème a été ajouté et est proposé aux proposants.
error-keep-one-active = Gardez au moins une entrée de cette liste proposée, sinon aucune proposition ne peut être soumise.
error-theme-code-format = Utilisez le code de la grande orientation, un trait d'union, puis 2 à 12 majuscules ou chiffres (par exemple C3-OPENDATA).
error-theme-code-taken = Ce code est déjà utilisé. Choisissez-en un autre.

## Submissions beyond session proposals (issue 10)
nav-submissions = Autres contributions
submissions-title = Autres contributions
submissions-lead = Outre les propositions de session, la consultation recueille vos avis sur les thèmes et le format du forum, des recommandations d'intervenants, des désignations de facilitateurs pour le volet de haut niveau et des demandes d'espace d'exposition. Chaque contribution est faite au nom de votre organisation ; vous pouvez enregistrer un brouillon, la modifier jusqu'à sa date limite ou la retirer.
submissions-mine = Contributions de votre organisation
submissions-none = Votre organisation n'a encore commencé aucune contribution.
submissions-kinds = Envoyer une contribution
submissions-back = Retour aux contributions
submission-kind-thematic-view = Avis sur les aspects thématiques
submission-kind-format-view = Avis sur les innovations de format
submission-kind-speaker-recommendation = Recommandation d'intervenant
submission-kind-hlt-nomination = Désignation d'un facilitateur pour le volet de haut niveau
submission-kind-exhibition-request = Demande d'espace d'exposition
submission-thematic-view-lead = Indiquez aux organisateurs les thèmes que le forum devrait aborder, et pourquoi. Précisez les grandes orientations et les ODD sur lesquels portent vos avis.
submission-thematic-view-title = Objet
submission-thematic-view-body = Votre avis
submission-format-view-lead = Proposez de nouvelles façons d'organiser le forum : formats de session, participation hybride, accessibilité, inclusion.
submission-format-view-title = Objet
submission-format-view-body = Votre suggestion
submission-speaker-recommendation-lead = Recommandez une personne qui devrait intervenir au forum, et précisez sur quel sujet.
submission-speaker-recommendation-title = Sujet sur lequel la personne interviendrait
submission-speaker-recommendation-body = Pourquoi cette personne
submission-speaker-recommendation-person = La personne que vous recommandez
submission-hlt-nomination-lead = Désignez une personne pour faciliter une session du volet de haut niveau consacrée à une grande orientation.
submission-hlt-nomination-title = Session ou thème du volet de haut niveau
submission-hlt-nomination-body = Pourquoi cette personne
submission-hlt-nomination-person = La personne que vous désignez
submission-exhibition-request-lead = Demandez un espace dans l'exposition du forum pour présenter vos travaux.
submission-exhibition-request-title = Ce que vous exposerez
submission-exhibition-request-body = Description et besoins (électricité, écrans, internet, mobilier)
submission-themes-hint = Choisissez-en jusqu'à { $max }.
submission-person-name = Nom complet
submission-person-organization = Organisation
submission-person-gender = Genre
submission-person-email = Adresse e-mail
submission-person-email-hint = Facultatif. Seuls les organisateurs la voient ; ils pourront écrire à la personne.
submission-space-size = Espace
submission-space-option = { $m2 } m²
submission-on-behalf-legend = Auteur de l'intervention
submission-on-behalf-hint = La personne qui s'est exprimée lors de la réunion. La contribution est signalée comme enregistrée en son nom par les organisateurs.
submission-on-behalf-name = Nom et organisation de l'intervenant
submission-record-heading = { $kind } : intervention lors de { $meeting }
submission-edit-heading = { $kind } { $code }
submission-deadline = Ouvert jusqu'au { $deadline }.
submission-limit = Nombre maximal de contributions de ce type par organisation : { $count }.
submission-consent = Faire figurer cette contribution dans le rapport public sur les résultats
submission-consent-hint = Le rapport comptabilise toujours toutes les contributions. Avec votre accord, il indique aussi le titre, votre organisation et votre texte (jamais les données d'une personne que vous recommandez ou désignez).
submission-consent-short = Mention publique
submission-consent-given = Accord donné
submission-consent-not-given = Accord non donné
submission-record = Enregistrer l'intervention
submission-save-changes = Enregistrer les modifications
submission-send = Envoyer
submission-save-draft = Enregistrer comme brouillon
submission-status-draft = Brouillon
submission-status-submitted = Envoyée
submission-status-withdrawn = Retirée
submission-kind-not-offered = Non accepté pour cette édition.
submission-closes = Ouvert jusqu'au { $deadline }.
submission-closed-on = Clôturé le { $deadline }.
submission-start = Commencer : { $kind }
submission-col-title = Titre
submission-col-kind = Type
submission-col-updated = Dernière modification
submission-col-themes = Thèmes
submission-from = De
submission-received-how = Mode de réception
submission-received-online = Par le formulaire en ligne
submission-received-meeting = Lors de { $meeting }, enregistrée par les organisateurs pour { $name }
submission-at-meeting = lors de { $meeting }
submission-sent-at = Date d'envoi
submission-change = Modifier
submission-withdraw = Retirer
submission-editable-until = Vous pouvez la modifier ou la retirer jusqu'au { $deadline }.
submission-organizer-tools = Pour les organisateurs
submission-tags = Étiquettes
submission-no-tags = Aucune étiquette pour l'instant.
submission-tag-new = Nouvelle étiquette
submission-tag-hint = Un thème en quelques mots, par exemple « écart entre les genres ». Les étiquettes sont comptabilisées dans le rapport sur les résultats.
submission-tag-add = Ajouter l'étiquette
submission-tag-remove = Retirer l'étiquette { $tag }
submission-uses = Utilisation dans le programme
submission-use-kind = L'utiliser comme
submission-use-speaker = Intervenant d'une session
submission-use-session = Note sur une session
submission-use-line = Note sur le volet d'une grande orientation
submission-use-target = Session ou grande orientation
submission-use-target-hint = Le code de la session (par exemple WF27-0042) ou celui de la grande orientation (par exemple C5).
submission-use-note = Note
submission-use-note-hint = Facultatif. Pour les notes, le titre de la contribution est utilisé si ce champ est vide.
submission-use-save = L'utiliser
submission-used-speaker = Ajouté comme intervenant à la session { $target }
submission-used-session = Note sur la session { $target }
submission-used-line = Note sur le volet { $target }
submission-region = Région de l'UIT
submission-count = { $count ->
    [one] { $count } contribution.
   *[other] { $count } contributions.
}
filter-submissions = Filtrer les contributions
organize-submissions-title = Contributions à la consultation
organize-submissions-lead = Toutes les contributions de tous types, envoyées en ligne ou enregistrées lors d'une réunion de consultation. Les brouillons ne sont visibles que de leurs auteurs.
consultation-settings-title = Paramètres et réunions de la consultation
consultation-settings-lead = Les types de contribution acceptés par l'appel, jusqu'à quand et en quel nombre, ainsi que les réunions de la consultation.
submission-kinds-title = Types de contribution
submission-kind-open = Accepter les contributions de ce type
submission-kind-deadline = Date limite propre (heure de Genève)
submission-kind-deadline-hint = Vide : la date limite de l'appel. Elle ne peut pas être postérieure à celle de l'appel.
submission-kind-max-org = Nombre maximal par organisation
submission-kind-max-chars = Nombre maximal de caractères du texte
submission-kind-save = Enregistrer : { $kind }
meetings-title = Réunions de consultation
meetings-none = Aucune réunion n'a encore été ajoutée.
meeting-add = Ajouter une réunion
meeting-change = Modifier la réunion
meeting-title = Titre
meeting-mode = Modalité
meeting-mode-virtual = Virtuelle
meeting-mode-physical = En présentiel
meeting-mode-hybrid = Hybride
meeting-starts = Début (heure de Genève)
meeting-ends = Fin (heure de Genève)
meeting-when = Date
meeting-time-hint = Par exemple 2027-01-20T14:00.
meeting-location = Lieu
meeting-location-hint = Obligatoire pour les réunions en présentiel et hybrides.
meeting-remote-url = Lien de participation à distance
meeting-remote-url-hint = Obligatoire pour les réunions virtuelles et hybrides, par exemple https://meet.example.org/wsis.
meeting-save = Enregistrer la réunion
meeting-inputs = Interventions
meeting-inputs-title = Interventions reçues lors de cette réunion
meeting-inputs-lead = Enregistrez ce qu'une personne a dit ou remis, sous forme de contribution faite en son nom.
meeting-no-inputs = Aucune intervention enregistrée pour l'instant.
meeting-record = Enregistrer : { $kind }
outcomes-edit-title = Rapport sur les résultats
outcomes-title = { $edition } : résultats du processus de consultation ouvert
outcomes-published-on = Publié le { $date }.
outcomes-is-public = Le rapport est public.
outcomes-not-public = Le rapport n'est pas encore public. Rédigez son résumé, puis publiez-le.
outcomes-view-public = Consulter la page publique
outcomes-summary = Résumé
outcomes-summary-hint = Markdown. Obligatoire pour publier.
outcomes-programme-answer = Comment le programme répond à la consultation
outcomes-answer-hint = Markdown. Facultatif.
outcomes-save = Enregistrer
outcomes-publish = Publier le rapport
outcomes-unpublish = Retirer le rapport de la publication
outcomes-preview = Aperçu
outcomes-total = contributions comptabilisées
outcomes-from-meetings = dont reçues lors de réunions de consultation
outcomes-listed = publiées avec l'accord de leurs auteurs
outcomes-lines-hint = Barres : part de chaque grande orientation dans les contributions et dans les sessions acceptées au programme.
outcomes-listed-title = Contributions publiées avec l'accord de leurs auteurs
outcomes-listed-lead = Contributions dont les auteurs ont accepté la publication. Les personnes recommandées ou désignées ne sont pas nommées.
outcomes-listed-none = Aucun auteur n'a accepté la publication.
outcomes-csv-counts = Télécharger les chiffres (CSV)
outcomes-csv-list = Télécharger les contributions publiées (CSV)
outcomes-print-hint = Pour conserver un PDF, imprimez cette page depuis votre navigateur et choisissez « Enregistrer au format PDF ».
outcomes-dim-kind = Types de contribution
outcomes-dim-stakeholder = Type de partie prenante des auteurs
outcomes-dim-region = Région de l'UIT des auteurs
outcomes-dim-country = Pays des auteurs
outcomes-dim-line = Grandes orientations concernées par les contributions
outcomes-dim-sdg = ODD concernés par les contributions
outcomes-dim-tag = Thèmes étiquetés par les organisateurs
flash-submission-sent = Votre contribution a été envoyée. Un accusé de réception vous a été envoyé par e-mail.
flash-submission-draft-saved = Le brouillon a été enregistré.
flash-submission-saved = Vos modifications ont été enregistrées.
flash-submission-not-editable = Cette contribution ne peut plus être modifiée.
flash-submission-withdrawn = La contribution a été retirée.
flash-submission-tagged = L'étiquette a été ajoutée.
flash-submission-untagged = L'étiquette a été retirée.
flash-submission-used = C'est fait : la contribution fait désormais partie des éléments du programme.
flash-submission-kind-saved = Les paramètres ont été enregistrés.
flash-meeting-saved = La réunion a été enregistrée.
flash-meeting-input-recorded = L'intervention a été enregistrée.
flash-outcomes-published = Le rapport sur les résultats est désormais public.
flash-outcomes-unpublished = Le rapport sur les résultats n'est plus public.
flash-outcomes-saved = Le rapport a été enregistré.
error-too-many = Choisissez-en au plus { $limit }.
error-tag-format = Utilisez uniquement des lettres, des chiffres, des espaces et des traits d'union.
error-kind-closed = Ce type de contribution n'est pas accepté pour cette édition.
error-submission-limit = Votre organisation a déjà envoyé autant de contributions de ce type que cette édition le permet.
error-session-not-found = Aucune session de cette édition ne porte ce code.
error-session-not-accepted = Cette proposition n'a pas été acceptée comme session.
error-deadline-after-call = Cette date ne doit pas être postérieure à la date limite de l'appel.
email-submission-received-subject = Contribution { $code } reçue
email-submission-received-body =
    Bonjour { $name },

    Merci : nous avons bien reçu votre contribution { $code } ({ $kind }), « { $title } ».

    Vous pouvez la consulter, la modifier ou la retirer jusqu'à sa date limite ici :

    { $link }

    Secrétariat du Forum du SMSI
template-submission-received = Accusé de réception de la contribution
api-error-bad-path = L'adresse désigne un élément sous une forme que cette route n'accepte pas.
error-bad-json = Le corps de la requête n'est pas le JSON attendu par cette route.
error-bad-query = La chaîne de requête ne correspond pas à ce qu'attend cette route.
error-bad-path = L'adresse désigne un élément sous une forme que cette route n'accepte pas.
consultation-notes-title = Issu de la consultation
consultation-notes-lead = Notes jointes par les organisateurs à partir des contributions à la consultation.
profile-title = Votre profil d'intervenant
profile-title-staff = Profil d'intervenant de { $name }
profile-staff-note = Vous modifiez ce profil pour le compte de l'intervenant. Votre modification est consignée à votre nom dans le journal d'audit.
profile-lead = Voici comment le programme vous présente sur les pages de vos sessions et sur votre page d'intervenant. Vos sessions :
profile-print-name = Nom tel qu'imprimé
profile-print-name-hint = Tel qu'il doit figurer dans le programme, sans titre honorifique.
profile-honorific = Titre honorifique
profile-honorific-hint = Facultatif, par exemple Dr, Pr ou S.E.
profile-job-title = Fonction
profile-organization = Organisation
profile-pronouns = Pronoms
profile-pronouns-hint = Facultatif, par exemple elle.
profile-bio = Courte biographie
profile-bio-hint = 1 500 caractères au maximum. Vous pouvez utiliser Markdown : *italique*, **gras** et [liens](https://example.org).
profile-links = Liens
profile-links-hint = Votre site web ou vos profils sur les réseaux sociaux : une adresse complète par ligne, 5 au maximum.
profile-photo = Photo
profile-photo-hint = JPEG, PNG ou WebP, 5 Mo au maximum. Nous conservons le carré central et supprimons les données de localisation et d'appareil photo.
profile-photo-current = Votre photo actuelle
profile-photo-remove = Supprimer ma photo
profile-public-title = Ce que le programme affiche
profile-public-hint = Votre nom tel qu'imprimé est toujours affiché ; votre adresse e-mail, jamais. Cochez ce qui peut également être public.
profile-public-details = Afficher mon titre honorifique, ma fonction et mon organisation
profile-public-bio = Afficher ma biographie
profile-public-links = Afficher mes liens
profile-public-pronouns = Afficher mes pronoms
profile-public-photo = Afficher ma photo
profile-save = Enregistrer le profil
profile-availability-title = Quand vous ne pouvez pas intervenir
profile-availability-lead = Indiquez aux organisateurs quand vous n'êtes pas disponible, afin que vos sessions ne soient pas programmées à ces moments-là. Les heures sont celles de Genève ({ $zone } pendant le Forum) ; les sessions ont lieu sur la plage { $hours }.
profile-unavailable-none = Vous n'avez encore déclaré aucune indisponibilité.
profile-unavailable-new = Ajouter un créneau où vous ne pouvez pas intervenir
profile-unavailable-day = Jour
profile-unavailable-start = De
profile-unavailable-end = Jusqu'à
profile-time-hint = Heure de Genève, par exemple 14:00.
profile-whole-day = Toute la journée
profile-unavailable-add = Ajouter
profile-unavailable-remove = Retirer ({ $day })
profile-unavailable-by-organizers = (enregistré par les organisateurs)
profile-edit-link = Modifiez votre profil d'intervenant et indiquez-nous quand vous ne pouvez pas intervenir
flash-profile-saved = Votre profil a été enregistré.
flash-profile-unavailable-added = Le créneau a été ajouté.
flash-profile-unavailable-removed = Le créneau a été retiré.
error-photo-too-large = Ce fichier dépasse 5 Mo. Choisissez une photo plus petite.
error-photo-wrong-type = Ce n'est pas une photo JPEG, PNG ou WebP. Choisissez une photo dans l'un de ces formats.
error-photo-corrupt = Ce fichier est endommagé ou incomplet. Choisissez-en une autre copie.
error-photo-too-many-pixels = Cette image est trop grande (12 000 pixels de côté et 50 mégapixels au maximum). Choisissez-en une plus petite.
error-photo-too-small = Cette image est trop petite : choisissez-en une d'au moins 96 pixels de large et de haut.
error-too-many-links = Indiquez au plus { $limit } adresses.
speaker-links = Liens
speaker-pronouns = Pronoms : { $pronouns }
speaker-photo-alt = Photo de { $name }
venue-profile-edit = Profil de { $email }
venue-profile-lookup = Modifier le profil d'un intervenant
venue-profile-email = Adresse e-mail de l'intervenant, telle qu'indiquée dans le panel
venue-profile-open = Ouvrir le profil
unavailable-by-speaker = déclaré par l'intervenant
profile-not-on-panel = Votre adresse { $email } ne figure dans le panel d'aucune session. Si un proposant vous a désigné avec une autre adresse, utilisez le lien de l'e-mail que vous avez reçu à cette adresse.
account-speaker-profile-lead = Vous faites partie du panel d'une session ? Modifiez la façon dont le programme vous présente et indiquez aux organisateurs quand vous ne pouvez pas intervenir.
account-speaker-profile-link = Votre profil d'intervenant
