<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coalition sign-on campaigns, from draft statement to published letter.</source>
        <translation>Campagnes de signatures de coalitions, du projet de déclaration à la lettre publiée.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Bundled resources</source>
        <translation>Ressources fournies</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>None bundled.</source>
        <translation>Aucune ressource fournie.</translation>
    </message>
    <message>
        <source>Licences of bundled resources</source>
        <translation>Licences des ressources fournies</translation>
    </message>
    <message>
        <source>No third-party resources with their own licence are bundled.</source>
        <translation>Aucune ressource tierce sous sa propre licence n’est fournie.</translation>
    </message>
    <message>
        <source>About Sign-on</source>
        <translation>À propos de Sign-on</translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation>Version, base de données et licences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AddLanguageDialog</name>
    <message>
        <source>Add a translation language</source>
        <translation>Ajouter une langue de traduction</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <source>Pick a language or type its code (such as es, fr, ar or pt-BR). Each section and item of the statement gets a translation into it, side by side with the primary text.</source>
        <translation>Choisissez une langue ou tapez son code (par exemple es, fr, ar ou pt-BR). Chaque section et chaque point de la déclaration reçoit une traduction dans cette langue, à côté du texte principal.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Type a language code such as es, fr, ar or pt-BR.</source>
        <translation>Tapez un code de langue, par exemple es, fr, ar ou pt-BR.</translation>
    </message>
    <message>
        <source>This is the campaign&apos;s own language.</source>
        <translation>C’est la langue de la campagne elle-même.</translation>
    </message>
    <message>
        <source>The statement is already translated into this language.</source>
        <translation>La déclaration est déjà traduite dans cette langue.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup written to {path}.</source>
        <extracomment>The first check waits until the window is up and idle.</extracomment>
        <translation>Sauvegarde quotidienne enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Daily backup failed ({message}); it will be tried again within the hour. File → Backups… shows the folder.</source>
        <translation>La sauvegarde quotidienne a échoué ({message}) ; elle sera retentée dans l’heure. Fichier → Sauvegardes… indique le dossier.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>before a restore</source>
        <extracomment>What each copy is; kept in English on the row, translated when shown (kind_text).</extracomment>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>avant une suppression</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source> (damaged file, kept as found)</source>
        <translation> (fichier endommagé, conservé tel quel)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>{folder}: backups cannot be written there ({error}); choose another folder</source>
        <translation>{folder} : impossible d’y enregistrer des sauvegardes ({error}) ; choisissez un autre dossier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>Changer le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Utiliser le dossier de sauvegarde par défaut</translation>
    </message>
    <message>
        <source>Daily backups kept (days):</source>
        <translation>Sauvegardes quotidiennes gardées (jours) :</translation>
    </message>
    <message>
        <source>The newest backup of each of this many days that have backups</source>
        <translation>La sauvegarde la plus récente de chacun de ce nombre de jours ayant des sauvegardes</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks):</source>
        <translation>Sauvegardes hebdomadaires gardées (semaines) :</translation>
    </message>
    <message>
        <source>The newest backup of each of this many weeks, besides the daily ones</source>
        <translation>La sauvegarde la plus récente de chacune de ce nombre de semaines, en plus des quotidiennes</translation>
    </message>
    <message>
        <source>Safety copies kept (days):</source>
        <translation>Copies de sécurité gardées (jours) :</translation>
    </message>
    <message>
        <source>Copies made before an upgrade, a restore or a deletion are deleted this many days after they were made; the newest copy before an upgrade stays</source>
        <translation>Les copies faites avant une mise à niveau, une restauration ou une suppression sont effacées ce nombre de jours après leur création ; la copie la plus récente d’avant une mise à niveau reste</translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation>Sauvegardes de cette base de données</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurer la sélection…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>set by SIGNON_BACKUP_DIR</source>
        <translation>fixé par SIGNON_BACKUP_DIR</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folder:&lt;/b&gt; {folder} ({note})</source>
        <translation>&lt;b&gt;Dossier :&lt;/b&gt; {folder} ({note})</translation>
    </message>
    <message>
        <source>SIGNON_BACKUP_DIR decides the folder</source>
        <translation>SIGNON_BACKUP_DIR détermine le dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team database&lt;/b&gt;: its server keeps the backups (pg_dump); Sign-on backs up database files only.</source>
        <translation>&lt;b&gt;Base de données d’équipe&lt;/b&gt; : son serveur conserve les sauvegardes (pg_dump) ; Sign-on ne sauvegarde que les fichiers de base de données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of {file}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sauvegardes de {file}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>While Sign-on is open it backs this database up once a day; each backup is checked after writing. What is kept is set below: older backups and safety copies are deleted when the next backup is written.</source>
        <translation>Tant que Sign-on est ouvert, il sauvegarde cette base de données une fois par jour ; chaque sauvegarde est vérifiée après écriture. Ce qui est gardé se règle ci-dessous : les sauvegardes et copies de sécurité plus anciennes sont effacées à la sauvegarde suivante.</translation>
    </message>
    <message>
        <source>Saved; the next backup deletes what these periods no longer keep.</source>
        <translation>Enregistré ; la prochaine sauvegarde effacera ce que ces durées ne gardent plus.</translation>
    </message>
    <message>
        <source>New backups go to {folder}. Backups already written stay in {old}.</source>
        <translation>Les nouvelles sauvegardes iront dans {folder}. Celles déjà faites restent dans {old}.</translation>
    </message>
    <message>
        <source>New backups go to {folder}.</source>
        <translation>Les nouvelles sauvegardes iront dans {folder}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Replace the open database by the backup taken {taken}?

The database as it is now is kept in the backup folder first, so this can be undone by restoring that copy.</source>
        <translation>Remplacer la base de données ouverte par la sauvegarde du {taken} ?

La base de données actuelle est d’abord conservée dans le dossier des sauvegardes : vous pourrez annuler en restaurant cette copie.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation>La base de données remplacée est conservée sous {path}.</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}.</source>
        <translation>Sauvegarde du {taken} restaurée.</translation>
    </message>
    <message>
        <source>No backup of this database yet: Back up now writes one.</source>
        <translation>Aucune sauvegarde de cette base de données pour l’instant : « Sauvegarder maintenant » en crée une.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation>Modifier le bloc</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <source>Short name shown in the library</source>
        <translation>Nom court affiché dans la bibliothèque</translation>
    </message>
    <message>
        <source>The wording. Write concerns and recommendations without their lead-in, starting in lower case: “the paragraphs calling for …”.</source>
        <translation>Le texte. Écrivez les préoccupations et recommandations sans leur formule d’introduction, en commençant par une minuscule : « les paragraphes qui appellent à … ».</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. biometrics, surveillance</source>
        <translation>Séparées par des virgules, p. ex. biométrie, surveillance</translation>
    </message>
    <message>
        <source>Where the wording came from (statement, coalition)</source>
        <translation>D’où vient le texte (déclaration, coalition)</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation>Type de bloc</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Titre du bloc</translation>
    </message>
    <message>
        <source>Block text</source>
        <translation>Texte du bloc</translation>
    </message>
    <message>
        <source>Block tags</source>
        <translation>Étiquettes du bloc</translation>
    </message>
    <message>
        <source>Block language</source>
        <translation>Langue du bloc</translation>
    </message>
    <message>
        <source>Block source</source>
        <translation>Source du bloc</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
</context>
<context>
    <name>BulkStatusStrip</name>
    <message>
        <source>Status change progress</source>
        <extracomment>What a finished write was (`BulkOutcome.kind`). the status the rows were moved or corrected to; of an undo, the one they were taken back from of an undo, `changed` are the rows put back of an undo: the rows left as they were, changed by someone since</extracomment>
        <translation>Progression du changement de statut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the status change</source>
        <translation>Annuler le changement de statut</translation>
    </message>
    <message>
        <source>The change is written as a whole: cancelling leaves every status as it was</source>
        <translation>Le changement s’écrit d’un seul bloc : annuler laisse chaque statut tel qu’il était</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the status change of %Ln signatories…</source>
        <translation>
            <numerusform>Annulation du changement de statut de %Ln signataire…</numerusform>
            <numerusform>Annulation du changement de statut de %Ln signataires…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correcting %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Correction de %Ln signataire au statut « {status} »…</numerusform>
            <numerusform>Correction de %Ln signataires au statut « {status} »…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Passage de %Ln signataire au statut « {status} »…</numerusform>
            <numerusform>Passage de %Ln signataires au statut « {status} »…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>{status} · no signatories yet</source>
        <translation>{status} · encore aucun signataire</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation>
            <numerusform>{status} · %Ln signature sur {total}</numerusform>
            <numerusform>{status} · %Ln signatures sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln vérifiée</numerusform>
            <numerusform>%Ln vérifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Deadline: {date}</source>
        <translation>Date limite : {date}</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Your campaigns with their status and endorsement counts</source>
        <translation>Vos campagnes avec leur état et leur nombre de signatures</translation>
    </message>
    <message>
        <source>Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings</source>
        <translation>Vos campagnes ; F2 renomme, Suppr supprime, Ctrl+, ouvre les paramètres</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Paramètres de la campagne</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Titre de la campagne</translation>
    </message>
    <message>
        <source>The title of the joint statement (required)</source>
        <translation>Le titre de la déclaration commune (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. Joint statement on the UN AI resolution</source>
        <translation>p. ex. Déclaration commune sur la résolution de l’ONU sur l’IA</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Whom the letter is addressed to</source>
        <translation>À qui la lettre est adressée</translation>
    </message>
    <message>
        <source>e.g. Member States of the UN General Assembly</source>
        <translation>p. ex. États membres de l’Assemblée générale des Nations unies</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Language of the letter (ordinals, dates, headings); pick one or type a code such as pt-BR</source>
        <translation>Langue de la lettre (ordinaux, dates, titres) ; choisissez-en une ou tapez un code comme pt-BR</translation>
    </message>
    <message>
        <source>Translation languages</source>
        <translation>Langues de traduction</translation>
    </message>
    <message>
        <source>Languages the statement is also published in, comma-separated (e.g. es, fr, ar): each text gets a translation in the Statement tab, and the letter can be exported in each language</source>
        <translation>Autres langues de publication de la déclaration, séparées par des virgules (p. ex. es, fr, ar) : chaque texte reçoit une traduction dans l’onglet Déclaration, et la lettre peut être exportée dans chaque langue</translation>
    </message>
    <message>
        <source>e.g. es, fr, ar (optional)</source>
        <translation>p. ex. es, fr, ar (facultatif)</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas de date limite</translation>
    </message>
    <message>
        <source>Tick when endorsements are open-ended</source>
        <translation>Cochez si les signatures sont ouvertes sans limite</translation>
    </message>
    <message>
        <source>Deadline for endorsements</source>
        <translation>Date limite des signatures</translation>
    </message>
    <message>
        <source>Last day to endorse; reminders are timed from it</source>
        <translation>Dernier jour pour signer ; les relances sont calculées à partir de cette date</translation>
    </message>
    <message>
        <source>Form link</source>
        <translation>Lien du formulaire</translation>
    </message>
    <message>
        <source>The web address of the form where organisations sign: it fills {link} in messages. Optional: without it, the standard messages ask people to reply</source>
        <translation>L’adresse web du formulaire où les organisations signent : elle remplit {link} dans les messages. Facultatif : sans elle, les messages standard invitent à répondre au courriel</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>The name that signs messages: it fills {coordinator}. Optional: without it, the standard messages are signed by the coordinating team</source>
        <translation>Le nom qui signe les messages : il remplit {coordinator}. Facultatif : sans lui, les messages standard sont signés par l’équipe de coordination</translation>
    </message>
    <message>
        <source>e.g. Ana García (optional)</source>
        <translation>p. ex. Ana García (facultatif)</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>État de la campagne</translation>
    </message>
    <message>
        <source>Where the campaign stands</source>
        <translation>Où en est la campagne</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Titre de la liste des signataires</translation>
    </message>
    <message>
        <source>Heading above the signatory list in the letter</source>
        <translation>Titre au-dessus de la liste des signataires dans la lettre</translation>
    </message>
    <message>
        <source>Signatory list order</source>
        <translation>Ordre de la liste des signataires</translation>
    </message>
    <message>
        <source>How signatories are ordered in the letter</source>
        <translation>Comment les signataires sont classés dans la lettre</translation>
    </message>
    <message>
        <source>Signatory policy</source>
        <translation>Qui peut signer</translation>
    </message>
    <message>
        <source>Who may sign: decides how imported rows are read when they do not say</source>
        <translation>Qui peut signer : décide comment lire les lignes importées qui ne le précisent pas</translation>
    </message>
    <message>
        <source>The counts line then says “…, including 3 who asked not to be named”; their names never print</source>
        <translation>La ligne des totaux dit alors « …, dont 3 qui ont demandé à ne pas être nommées » ; leurs noms ne sont jamais imprimés</translation>
    </message>
    <message>
        <source>Remove private contact data {days} days after the campaign closes</source>
        <translation>Supprimer les coordonnées privées {days} jours après la clôture de la campagne</translation>
    </message>
    <message>
        <source>Days after closing</source>
        <translation>Jours après la clôture</translation>
    </message>
    <message>
        <source>Counted from the day the campaign was closed or first published; checked each time Sign-on starts, and by `signon retention`</source>
        <translation>Comptés à partir du jour où la campagne a été close ou publiée pour la première fois ; vérifié à chaque démarrage de Sign-on, et par `signon retention`</translation>
    </message>
    <message>
        <source>Removes its messages, the text and sender of replies, signatory notes and contacts no open campaign needs; the letter, endorsements and editions stay.</source>
        <translation>Supprime ses messages, le texte et l’expéditeur des réponses, les notes des signataires et les contacts dont aucune campagne ouverte n’a besoin ; la lettre, les soutiens et les éditions restent.</translation>
    </message>
    <message>
        <source>Form link: “{link}” is not a web address; give the address of the form (https://…).</source>
        <translation>Lien du formulaire : « {link} » n’est pas une adresse web ; indiquez l’adresse du formulaire (https://…).</translation>
    </message>
    <message>
        <source>Keep signatories who must reconfirm in the letter</source>
        <translation>Garder dans la lettre les signataires qui doivent reconfirmer</translation>
    </message>
    <message>
        <source>Keep signatories awaiting reconfirmation in the letter</source>
        <translation>Garder dans la lettre les signataires en attente de reconfirmation</translation>
    </message>
    <message>
        <source>After the text changes, endorsers must reconfirm; tick to keep listing them until they answer</source>
        <translation>Quand le texte change, les signataires doivent reconfirmer ; cochez pour continuer à les lister jusqu’à leur réponse</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Offered languages (shown through ui.labels); any other BCP 47-like code can be typed. Stored as is: the letter translates the default heading into its language. The retention period offered when the rule is switched on: half a year, long enough for late corrections and the follow-up of a published letter.</extracomment>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>T&amp;ranslations:</source>
        <translation>T&amp;raductions :</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Date li&amp;mite :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Signatory &amp;heading:</source>
        <translation>Titre des &amp;signataires :</translation>
    </message>
    <message>
        <source>List &amp;order:</source>
        <translation>&amp;Ordre de la liste :</translation>
    </message>
    <message>
        <source>Who may &amp;sign:</source>
        <translation>&amp;Qui peut signer :</translation>
    </message>
    <message>
        <source>Form lin&amp;k (where organisations sign):</source>
        <translation>Lien du &amp;formulaire (où les organisations signent) :</translation>
    </message>
    <message>
        <source>&amp;Coordinator (name that signs messages):</source>
        <translation>&amp;Coordination (nom qui signe les messages) :</translation>
    </message>
    <message>
        <source>Private data:</source>
        <translation>Données privées :</translation>
    </message>
    <message>
        <source>Count the signatories marked “do not publish” in the letter’s totals</source>
        <translation>Compter dans les totaux de la lettre les signataires marqués « ne pas publier »</translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation>Une campagne doit avoir un titre.</translation>
    </message>
    <message>
        <source>Language: type a code such as en, es, fr or pt-BR.</source>
        <translation>Langue : tapez un code comme en, es, fr ou pt-BR.</translation>
    </message>
    <message>
        <source>Translations: “{code}” is not a language code; separate codes such as es, fr, ar with commas.</source>
        <translation>Traductions : « {code} » n’est pas un code de langue ; séparez les codes comme es, fr, ar par des virgules.</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Collecte des signatures</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Drafting the statement</source>
        <extracomment>The longer form the settings dialog offers.</extracomment>
        <translation>Rédaction de la déclaration</translation>
    </message>
    <message>
        <source>Collecting endorsements</source>
        <translation>Collecte des signatures</translation>
    </message>
    <message>
        <source>Closed to new endorsements</source>
        <translation>Close aux nouvelles signatures</translation>
    </message>
</context>
<context>
    <name>CampaignTranslationDialog</name>
    <message>
        <source>Translate the title and addressee into {language}</source>
        <translation>Traduire le titre et le destinataire en {language}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation>Titre de la liste des signataires</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>made from “{text}”</source>
        <translation>faite à partir de « {text} »</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Introduction paragraph</source>
        <extracomment>What the Add menu adds (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>Paragraphe d’introduction</translation>
    </message>
    <message>
        <source>Concern list</source>
        <translation>Liste de préoccupations</translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation>Liste de recommandations</translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation>Paragraphe de conclusion</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Recommendation {number} of {count}</source>
        <translation>Recommandation {number} sur {count}</translation>
    </message>
    <message>
        <source>Concern {number} of {count}</source>
        <translation>Préoccupation {number} sur {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déclaration&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Compare frozen versions, restore an old one</source>
        <translation>Comparer les versions figées, en restaurer une ancienne</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Figer…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a section or an item</source>
        <translation>Ajouter une section ou un point</translation>
    </message>
    <message>
        <source>Item in the selected list</source>
        <translation>Point dans la liste sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Plain list (findings, conclusions)</source>
        <translation>Liste simple (constats, conclusions)</translation>
    </message>
    <message>
        <source>• Bulleted</source>
        <extracomment>What is drawn before each item (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation>• À puces</translation>
    </message>
    <message>
        <source>Plain paragraphs</source>
        <translation>Paragraphes simples</translation>
    </message>
    <message>
        <source>Keep the current text as a numbered version that never changes; each endorsement records the version it agreed to</source>
        <translation>Garder le texte actuel comme une version numérotée qui ne change plus ; chaque signature enregistre la version signée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected section or item</source>
        <translation>Supprimer la section ou le point sélectionné</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Annuler : {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rétablir : {action}</translation>
    </message>
    <message>
        <source>Select a section or an item to edit it. Insert wording from the block library with Enter or by dragging it here, or add a section with Add.</source>
        <translation>Sélectionnez une section ou un point pour le modifier. Insérez des textes de la bibliothèque de blocs avec Entrée ou en les faisant glisser ici, ou ajoutez une section avec Ajouter.</translation>
    </message>
    <message>
        <source>Optional heading</source>
        <translation>Titre facultatif</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line</source>
        <translation>Paragraphes, séparés par une ligne vide</translation>
    </message>
    <message>
        <source>Marker before each item</source>
        <translation>Marque devant chaque élément</translation>
    </message>
    <message>
        <source>Without a marker the items print as plain paragraphs (“First, …”, “Second, …”, “Finally, …”), as event reports do</source>
        <translation>Sans marque, les éléments s’impriment en paragraphes simples (« Premièrement, … », « Deuxièmement, … », « Enfin, … »), comme dans les comptes rendus d’événements</translation>
    </message>
    <message>
        <source>The items print as typed, without lead-ins: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>Les éléments s’impriment tels quels, sans formule d’introduction : sélectionnez un élément pour le modifier, Alt+Haut/Bas pour le déplacer.</translation>
    </message>
    <message>
        <source>Write it as it should print: a plain list adds a bullet and nothing else.</source>
        <translation>Écrivez-le tel qu’il doit s’imprimer : une liste simple n’ajoute qu’une puce.</translation>
    </message>
    <message>
        <source>Lead sentence, e.g. “{example}”</source>
        <translation>Phrase d’introduction, p. ex. « {example} »</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Lead-ins are computed from the order of the items: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation>Les formules d’introduction dépendent de l’ordre des points : sélectionnez un point pour le modifier, Alt+Haut/Bas pour le déplacer.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Lead sentence</source>
        <translation>Phrase d’&amp;introduction</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>&amp;Numérotation</translation>
    </message>
    <message>
        <source>Printed above the items. Without it the list follows the text before it directly (“… Finally, … First, …”).</source>
        <translation>Imprimée avant les points. Sans elle, la liste suit directement le texte qui la précède (« … Enfin, … Premièrement, … »).</translation>
    </message>
    <message>
        <source>the paragraphs calling for …</source>
        <translation>les paragraphes qui appellent à …</translation>
    </message>
    <message>
        <source>Write it without its lead-in (“the paragraphs calling for …”): the letter adds “First, …”, “Second, …”, “Finally, …” and renumbers when items move.</source>
        <translation>Écrivez-le sans sa formule d’introduction (« les paragraphes qui appellent à … ») : la lettre ajoute « Premièrement, … », « Deuxièmement, … », « Enfin, … » et renumérote quand les points bougent.</translation>
    </message>
    <message>
        <source>Section type</source>
        <translation>Type de section</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>Type de liste</translation>
    </message>
    <message>
        <source>List heading</source>
        <translation>Titre de la liste</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Phrase d’introduction</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte du point</translation>
    </message>
    <message>
        <source>Copied from library block “{title}”</source>
        <extracomment>Title of a library block by id, for &quot;copied from …&quot; (set by the tab). The language being translated beside the primary text (None: off), the campaign&apos;s translation languages, and its title/addressee fields for the status summary (set by the tab).</extracomment>
        <translation>Copié du bloc de bibliothèque « {title} »</translation>
    </message>
    <message>
        <source>We have the following concerns:</source>
        <translation>Nous avons les préoccupations suivantes :</translation>
    </message>
    <message>
        <source>We call on decision-makers to:</source>
        <translation>Nous appelons les décideurs à :</translation>
    </message>
    <message>
        <source>copied from “{title}”</source>
        <translation>copié de « {title} »</translation>
    </message>
    <message>
        <source>Insert “{title}”</source>
        <translation>Insérer « {title} »</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insérer un bloc</translation>
    </message>
    <message>
        <source>Insert blocks</source>
        <translation>Insérer des blocs</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Ajouter : {what}</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Delete {section}</source>
        <translation>Supprimer : {section}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Élément {number} sur {count}</translation>
    </message>
    <message>
        <source>The participants concluded:</source>
        <translation>Les participants ont conclu :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement is empty: insert blocks from the library or use Add.</source>
        <translation>La déclaration est vide : insérez des blocs de la bibliothèque ou utilisez Ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation>
            <numerusform>Section vide : {names} (non imprimée ; rédigez-la ou supprimez-la)</numerusform>
            <numerusform>Sections vides : {names} (non imprimées ; rédigez-les ou supprimez-les)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation>
            <numerusform>%Ln point vide (non imprimé)</numerusform>
            <numerusform>%Ln points vides (non imprimés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>Marquer la traduction comme à jour</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Modifier la traduction</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <extracomment>libpq&apos;s sslmode values offered, from none to the strictest.</extracomment>
        <translation>Se connecter à la base de données d’équipe</translation>
    </message>
    <message>
        <source>A PostgreSQL database that your coalition shares: every coordinator sees the same campaigns. Your tech volunteer gives you these details.</source>
        <translation>Une base de données PostgreSQL partagée par votre coalition : toutes les personnes qui coordonnent voient les mêmes campagnes. Votre bénévole technique vous donne ces informations.</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>votre nom d’utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>from the keyring, ~/.pgpass or PGPASSWORD when empty</source>
        <translation>depuis le trousseau, ~/.pgpass ou PGPASSWORD si vide</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>disable — no encryption (a server on this computer only)</source>
        <translation>disable — sans chiffrement (serveur sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — chiffrer quand le serveur le peut</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — toujours chiffrer</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — chiffrer et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connection works: {summary}</source>
        <translation>La connexion fonctionne : {summary}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct status</source>
        <translation>Corriger le statut</translation>
    </message>
    <message numerus="yes">
        <source>Correct the status of %Ln signatories</source>
        <translation>
            <numerusform>Corriger le statut de %Ln signataire</numerusform>
            <numerusform>Corriger le statut de %Ln signataires</numerusform>
        </translation>
    </message>
    <message>
        <source>For a status set by mistake. Any status can be corrected to any other; the history keeps it as a correction with your reason, not as a change.</source>
        <translation>Pour un statut attribué par erreur. Tout statut peut être corrigé en n’importe quel autre ; l’historique le garde comme une correction, avec votre motif, et non comme un changement.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. marked endorsed by mistake</source>
        <translation>p. ex. marqué « A signé » par erreur</translation>
    </message>
    <message>
        <source>Correct to</source>
        <translation>Corriger en</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be corrected to {status}.</source>
        <translation>
            <numerusform>%Ln sera corrigé en « {status} ».</numerusform>
            <numerusform>%Ln seront corrigés en « {status} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already {status} will stay as they are.</source>
        <translation>
            <numerusform>%Ln déjà au statut « {status} » restera tel quel.</numerusform>
            <numerusform>%Ln déjà au statut « {status} » resteront tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Indiquez pourquoi : le motif est gardé dans l’historique.</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>No deadline set (set one in the campaign settings).</source>
        <translation>Aucune date limite (fixez-en une dans les paramètres de la campagne).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation>
            <numerusform>%Ln jour restant · date limite {date}</numerusform>
            <numerusform>%Ln jours restants · date limite {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today · deadline {date}</source>
        <translation>Dernier jour aujourd’hui · date limite {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation>
            <numerusform>Date limite dépassée depuis %Ln jour ({date})</numerusform>
            <numerusform>Date limite dépassée depuis %Ln jours ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder days before the deadline</source>
        <extracomment>what the panel shows changed (a reminder round queued): read it again &quot;Now&quot;, aware; today is its date. One clock for both, so a round queued on a given day is stamped with that day (tests pass a fixed one).</extracomment>
        <translation>Jours de relance avant la date limite</translation>
    </message>
    <message>
        <source>e.g. 7,2</source>
        <translation>p. ex. 7,2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>jours avant la date limite</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Relances :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last written to</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Who has not answered</source>
        <translation>Qui n’a pas répondu</translation>
    </message>
    <message>
        <source>Queue due reminders</source>
        <translation>Mettre en file les relances dues</translation>
    </message>
    <message>
        <source>Put a reminder in the outbox for everyone who has not answered and was not written to since this round</source>
        <translation>Placer dans la boîte d’envoi une relance pour toutes les personnes qui n’ont pas répondu et n’ont rien reçu depuis cette échéance</translation>
    </message>
    <message>
        <source>Mark unanswered as no response</source>
        <translation>Passer les non-réponses en « Sans réponse »</translation>
    </message>
    <message>
        <source>After the deadline: every invited or reminded signatory becomes no response (each change is recorded)</source>
        <translation>Après la date limite : tout signataire invité ou relancé passe en « Sans réponse » (chaque changement est enregistré)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation>
            <numerusform>%Ln n’a pas encore répondu</numerusform>
            <numerusform>%Ln n’ont pas encore répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone written to has answered.</source>
        <translation>Toutes les personnes contactées ont répondu.</translation>
    </message>
    <message>
        <source>No reminder rounds are set.</source>
        <translation>Aucune vague de relances n’est prévue.</translation>
    </message>
    <message>
        <source>Reminder rounds: {dates}.</source>
        <translation>Vagues de relances : {dates}.</translation>
    </message>
    <message>
        <source>The round of {date} is due.</source>
        <translation>La vague du {date} est à envoyer.</translation>
    </message>
    <message>
        <source>Next round: {date}.</source>
        <translation>Prochaine vague : {date}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No reminder round is due today.</source>
        <translation>Aucune vague de relances n’est prévue aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation>
            <numerusform>Vague du {date} : %Ln relance dans la boîte d’envoi, à relire et envoyer.</numerusform>
            <numerusform>Vague du {date} : %Ln relances dans la boîte d’envoi, à relire et envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation>
            <numerusform>%Ln laissé de côté (pas d’adresse utilisable ou a déjà répondu).</numerusform>
            <numerusform>%Ln laissés de côté (pas d’adresse utilisable ou ont déjà répondu).</numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation>
            <numerusform>Passer en « Sans réponse » le signataire qui n’a pas répondu ? Chaque changement est enregistré ; une réponse tardive peut encore être saisie.</numerusform>
            <numerusform>Passer en « Sans réponse » les %Ln signataires qui n’ont pas répondu ? Chaque changement est enregistré ; une réponse tardive peut encore être saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as no response</source>
        <translation>Passer en « Sans réponse »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation>
            <numerusform>%Ln signataire passé en « Sans réponse ».</numerusform>
            <numerusform>%Ln signataires passés en « Sans réponse ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How dates are read</source>
        <translation>Lecture des dates</translation>
    </message>
    <message>
        <source>Read as day/month/year</source>
        <translation>Lire jour/mois/année</translation>
    </message>
    <message>
        <source>Read as month/day/year</source>
        <translation>Lire mois/jour/année</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: no row is imported as {status}.</source>
        <translation>La colonne de date de signature n’est pas utilisée : aucune ligne n’est importée avec le statut {status}.</translation>
    </message>
    <message>
        <source>The endorsement date column is not used: the rows are imported as {status}.</source>
        <translation>La colonne de date de signature n’est pas utilisée : les lignes sont importées avec le statut {status}.</translation>
    </message>
    <message>
        <source>The dates in “{column}” are written both day first and month first: only those that can be read one way are taken; the others are rejected.</source>
        <translation>Les dates de « {column} » sont écrites tantôt le jour en premier, tantôt le mois en premier : seules celles qui ne se lisent que d’une façon sont retenues ; les autres sont rejetées.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}: no date in the file tells day from month. Check a few rows, or read them the other way.</source>
        <translation>Dates de « {column} » lues comme {order} : aucune date du fichier ne distingue le jour du mois. Vérifiez quelques lignes, ou lisez-les dans l’autre sens.</translation>
    </message>
    <message>
        <source>Dates in “{column}” read as {order}, as “{example}” shows.</source>
        <translation>Dates de « {column} » lues comme {order}, comme le montre « {example} ».</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Que faire de la ligne {row}</translation>
    </message>
    <message>
        <source>Change what the import does with this row</source>
        <translation>Changer ce que l’import fait de cette ligne</translation>
    </message>
    <message>
        <source>Repeated in this file (row {row})</source>
        <translation>Répétée dans ce fichier (ligne {row})</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a date</source>
        <translation>« {value} » dans {column} n’est pas une date</translation>
    </message>
    <message>
        <source>“{value}” in {column} is after today</source>
        <translation>« {value} » dans {column} est postérieure à aujourd’hui</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not a status</source>
        <translation>« {value} » dans {column} n’est pas un statut</translation>
    </message>
    <message>
        <source>“{value}” in {column} is “{status}”, which an import cannot give</source>
        <translation>« {value} » dans {column} correspond à « {status} », un statut qu’une importation ne peut pas attribuer</translation>
    </message>
    <message>
        <source>Already on this campaign</source>
        <translation>Déjà dans cette campagne</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissée de côté</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>same acronym and country</source>
        <translation>même sigle et même pays</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>Looks like {name} in the directory: choose “Merge into…” if it is the same</source>
        <translation>Ressemble à {name} dans l’annuaire : choisissez « Fusionner avec… » si c’est la même</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln sera ajouté au statut indiqué par le fichier ({statuses}) ; les lignes fusionnées rejoignent une organisation déjà présente dans l’annuaire.</numerusform>
            <numerusform>%Ln seront ajoutés au statut indiqué par le fichier ({statuses}) ; les lignes fusionnées rejoignent une organisation déjà présente dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln sera ajouté au statut « {status} » ; les lignes fusionnées rejoignent une organisation déjà présente dans l’annuaire.</numerusform>
            <numerusform>%Ln seront ajoutés au statut « {status} » ; les lignes fusionnées rejoignent une organisation déjà présente dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>Importer %Ln</numerusform>
            <numerusform>Importer %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Warning — {text}</source>
        <translation>Avertissement — {text}</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rejected rows are left out (fix them in the file and import it again); skipped ones are already on the campaign or repeated in the file. To change what happens to a row, choose in its Outcome list.</source>
        <translation>Rien n’est encore enregistré. Les lignes rejetées sont laissées de côté (corrigez-les dans le fichier et importez-le à nouveau) ; les lignes ignorées sont déjà dans la campagne ou répétées dans le fichier. Pour changer ce qui arrive à une ligne, choisissez dans sa liste Résultat.</translation>
    </message>
    <message>
        <source>Possible duplicate — {text}</source>
        <translation>Doublon possible — {text}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation>
            <numerusform>%Ln ligne vide ignorée.</numerusform>
            <numerusform>%Ln lignes vides ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <source>Publish edition…</source>
        <translation>Publier une édition…</translation>
    </message>
    <message>
        <source>Publish the next edition</source>
        <translation>Publier l’édition suivante</translation>
    </message>
    <message>
        <source>Store the letter as the preview shows it, as the next numbered edition, and mark the campaign published</source>
        <translation>Enregistrer la lettre telle que l’aperçu la montre, comme prochaine édition numérotée, et marquer la campagne publiée</translation>
    </message>
    <message>
        <source>An edition prints the current text: choose “Current text” under Text on the Letter page to publish one.</source>
        <translation>Une édition imprime le texte actuel : choisissez « Texte actuel » sous Texte, dans la page Lettre, pour en publier une.</translation>
    </message>
    <message>
        <source>No edition published yet. Publishing stores the letter as the preview shows it, as edition 1 with its date and a digest: it can be exported again exactly at any time, and signon verify recognises its files. Later editions add late signers and mark those who withdrew.</source>
        <translation>Aucune édition publiée pour l’instant. Publier enregistre la lettre telle que l’aperçu la montre, comme édition 1 avec sa date et une empreinte : elle peut être réexportée à l’identique à tout moment, et signon verify reconnaît ses fichiers. Les éditions suivantes ajoutent les signataires tardifs et signalent ceux qui se sont retirés.</translation>
    </message>
    <message>
        <source>Published editions</source>
        <translation>Éditions publiées</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Format of the edition&apos;s file</source>
        <translation>Format du fichier de l’édition</translation>
    </message>
    <message>
        <source>Export this edition…</source>
        <translation>Exporter cette édition…</translation>
    </message>
    <message>
        <source>Write the selected edition exactly as it was published, whatever changed since</source>
        <translation>Écrire l’édition choisie exactement telle qu’elle a été publiée, quoi qu’il ait changé depuis</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copy the edition&apos;s SHA-256 digest</source>
        <translation>Copier l’empreinte SHA-256 de l’édition</translation>
    </message>
    <message>
        <source>{names} (+{retracted} retracted)</source>
        <translation>{names} (+{retracted} retirés)</translation>
    </message>
    <message numerus="yes">
        <source>Edition {number}, published {date}: %Ln names, statement version {version}.</source>
        <translation>
            <numerusform>Édition {number}, publiée le {date} : %Ln nom, version {version} de la déclaration.</numerusform>
            <numerusform>Édition {number}, publiée le {date} : %Ln noms, version {version} de la déclaration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Digest of edition {number} copied.</source>
        <translation>Empreinte de l’édition {number} copiée.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No campaigns yet</source>
        <translation>Pas encore de campagne</translation>
    </message>
    <message>
        <source>A campaign holds one joint statement, the organisations and people you invite to endorse it, and the letter you publish with its signatory list.

Start your own, or explore a ready-made demo: a statement with concerns and recommendations, and about forty signatories from many countries.</source>
        <translation>Une campagne réunit une déclaration commune, les organisations et personnes que vous invitez à la signer, et la lettre que vous publiez avec la liste des signataires.

Lancez la vôtre, ou explorez une démonstration toute prête : une déclaration avec préoccupations et recommandations, et une quarantaine de signataires de nombreux pays.</translation>
    </message>
    <message>
        <source>What a campaign holds</source>
        <translation>Ce que contient une campagne</translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>Créer une campagne…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Créer une campagne</translation>
    </message>
    <message>
        <source>Start a new campaign (Ctrl+N)</source>
        <translation>Lancer une nouvelle campagne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the demo campaign</source>
        <translation>Charger la campagne de démonstration</translation>
    </message>
    <message>
        <source>Add a realistic example campaign to explore</source>
        <translation>Ajouter une campagne d’exemple réaliste à explorer</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>PDF document</source>
        <extracomment>(format, name); names are translated when shown (context &quot;ExportTab&quot;).</extracomment>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Signatory list (CSV)</source>
        <translation>Liste des signataires (CSV)</translation>
    </message>
    <message>
        <source>Campaign file (JSON, with private contacts)</source>
        <translation>Fichier de campagne (JSON, avec les contacts privés)</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alphabétique</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>Par date de signature</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Ordre manuel</translation>
    </message>
    <message>
        <source>Print the letter date under the title</source>
        <translation>Imprimer la date de la lettre sous le titre</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <extracomment>Names shown in the preview: enough for the first pages; the file has all. Delay before the preview follows an option (several clicks, one rebuild). Which options mean something for which format. (number, created_at, note) of each frozen version, oldest first the version read (None: the current text) the letter with the options and language the tab had when the read started (`matches`): built here, as sorting 6,000 names takes 0.2 s the published editions, newest first (`store.editions.EditionSummary`)</extracomment>
        <translation>Exporter la lettre</translation>
    </message>
    <message>
        <source>Translate the missing texts</source>
        <translation>Traduire les textes manquants</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Edition date</source>
        <translation>Date de l’édition</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>What the letter holds</source>
        <translation>Ce que contient la lettre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the letter in the chosen format (Ctrl+E)</source>
        <translation>Écrire la lettre au format choisi (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy HTML snippet</source>
        <translation>Copier un extrait HTML</translation>
    </message>
    <message>
        <source>Copy the letter as an HTML snippet</source>
        <translation>Copier la lettre sous forme d’extrait HTML</translation>
    </message>
    <message>
        <source>The letter as HTML without page or style, for a website or CMS</source>
        <translation>La lettre en HTML sans page ni style, pour un site web ou un CMS</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Warning about the letter</source>
        <translation>Avertissement sur la lettre</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>{format} (*{extension});;All files (*)</source>
        <translation>{format} (*{extension});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <extracomment>What the person asked of &quot;Export finished&quot; (`exported_message`).</extracomment>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The letter was written to
{path}</source>
        <translation>La lettre a été enregistrée dans
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>Version de la déclaration</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Order of the signatories</source>
        <translation>Ordre des signataires</translation>
    </message>
    <message>
        <source>Campaign&apos;s order</source>
        <translation>Ordre de la campagne</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Columns of names</source>
        <translation>Colonnes de noms</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>Image d’en-tête</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a letterhead image</source>
        <translation>Choisir une image d’en-tête</translation>
    </message>
    <message>
        <source>A logo (PNG or JPEG) at the top of PDF and Word letters, kept for this campaign</source>
        <translation>Un logo (PNG ou JPEG) en haut des lettres PDF et Word, conservé pour cette campagne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the letterhead image</source>
        <translation>Retirer l’image d’en-tête</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Campaign language</source>
        <translation>Langue de la campagne</translation>
    </message>
    <message>
        <source>The letter in one of the campaign&apos;s languages: its translated text, dates and headings</source>
        <translation>La lettre dans l’une des langues de la campagne : son texte traduit, ses dates et ses titres</translation>
    </message>
    <message>
        <source>Second language side by side (PDF)</source>
        <translation>Seconde langue côte à côte (PDF)</translation>
    </message>
    <message>
        <source>A PDF with the statement in two languages side by side and the signatories once</source>
        <translation>Un PDF avec la déclaration en deux langues côte à côte et les signataires une seule fois</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Print the campaign title at the top</source>
        <translation>Imprimer le titre de la campagne en haut</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Ligne de date</translation>
    </message>
    <message>
        <source>Counts line</source>
        <translation>Ligne de décompte</translation>
    </message>
    <message>
        <source>“Signed by 312 organisations and 45 individuals from 61 countries”</source>
        <translation>« Signée par 312 organisations et 45 personnes de 61 pays »</translation>
    </message>
    <message>
        <source>Country after each name</source>
        <translation>Pays après chaque nom</translation>
    </message>
    <message>
        <source>“Access Now (United States)”</source>
        <translation>« Access Now (États-Unis) »</translation>
    </message>
    <message>
        <source>Individuals in their own section</source>
        <translation>Personnes dans une section à part</translation>
    </message>
    <message>
        <source>Organisations and individuals under two subheadings</source>
        <translation>Organisations et personnes sous deux sous-titres</translation>
    </message>
    <message>
        <source>Edition line</source>
        <translation>Ligne d’édition</translation>
    </message>
    <message>
        <source>“List as of …; signatures received after publication are added in later editions”</source>
        <translation>« Liste arrêtée au … ; les signatures reçues après la publication sont ajoutées dans les éditions suivantes »</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>{file} (missing)</source>
        <translation>{file} (introuvable)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Campaign&apos;s order ({order})</source>
        <translation>Ordre de la campagne ({order})</translation>
    </message>
    <message>
        <source>Choose a campaign to see its letter.</source>
        <translation>Choisissez une campagne pour voir sa lettre.</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <source>Editions ({count})</source>
        <translation>Éditions ({count})</translation>
    </message>
    <message>
        <source>Reading the letter…</source>
        <translation>Lecture de la lettre…</translation>
    </message>
    <message>
        <source>Translate the missing texts in the Statement tab</source>
        <translation>Traduire les textes manquants dans l’onglet Déclaration</translation>
    </message>
    <message>
        <source>section {number}, {kind}</source>
        <translation>section {number}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</source>
        <translation>
            <numerusform>%Ln liste sans phrase d’introduction ({sections}) : ses points suivent directement le texte qui la précède. Ajoutez-en une dans l’onglet Déclaration.</numerusform>
            <numerusform>%Ln listes sans phrase d’introduction ({sections}) : leurs points suivent directement le texte qui les précède. Ajoutez-en une dans l’onglet Déclaration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation>
            <numerusform>%Ln texte pas encore traduit (imprimé en {language})</numerusform>
            <numerusform>%Ln textes pas encore traduits (imprimés en {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation>
            <numerusform>%Ln traduction périmée</numerusform>
            <numerusform>%Ln traductions périmées</numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: {gaps}.</source>
        <translation>{language} : {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individuals</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsed signatory yet: the letter has no signatory list.</source>
        <translation>Aucune signature pour l’instant : la lettre n’a pas de liste de signataires.</translation>
    </message>
    <message>
        <source>{organisations} and {individuals}</source>
        <translation>{organisations} et {individuals}</translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation>
            <numerusform>Signée par {signatories} de %Ln pays</numerusform>
            <numerusform>Signée par {signatories} de %Ln pays</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsed by {signatories}</source>
        <translation>Signée par {signatories}</translation>
    </message>
    <message>
        <source>{counts}; the letter uses version {number}.</source>
        <translation>{counts} ; la lettre utilise la version {number}.</translation>
    </message>
    <message>
        <source>{counts}; the letter uses the current text.</source>
        <translation>{counts} ; la lettre utilise le texte actuel.</translation>
    </message>
    <message>
        <source>An export to {file} is still being written. Cancelling it leaves no file.</source>
        <translation>Un export vers {file} est encore en cours d’écriture. L’annuler ne laisse aucun fichier.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Writing the campaign file</source>
        <translation>Écriture du fichier de campagne</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportée vers {path}</translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation>L’export a échoué : {message}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>HTML snippet copied: paste it into your website or CMS.</source>
        <translation>Extrait HTML copié : collez-le dans votre site web ou votre CMS.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories have characters that no font of the letter can draw.</source>
        <translation>
            <numerusform>%Ln signataire a des caractères qu’aucune police de la lettre ne peut dessiner.</numerusform>
            <numerusform>%Ln signataires ont des caractères qu’aucune police de la lettre ne peut dessiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter&apos;s text has characters that no font of the letter can draw.</source>
        <translation>Le texte de la lettre contient des caractères qu’aucune police de la lettre ne peut dessiner.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>{signatory}: {characters}</source>
        <translation>{signatory} : {characters}</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Le texte de la lettre</translation>
    </message>
    <message>
        <source>Characters the letter cannot show</source>
        <translation>Caractères que la lettre ne peut pas afficher</translation>
    </message>
    <message>
        <source>The PDF prints {replacement} in their place; Word and web pages show them only where the reader has a font for them.</source>
        <translation>Le PDF imprime {replacement} à leur place ; Word et les pages web ne les affichent que si le lecteur a une police pour eux.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
</context>
<context>
    <name>FieldCommand</name>
    <message>
        <source>Edit</source>
        <extracomment>Typing separated by a longer pause starts a new undo step. What Undo and Redo name (translated, context &quot;FieldCommand&quot;; &quot;Edit&quot; too).</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Edit lead sentence</source>
        <translation>Modifier la phrase d’introduction</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>Changer la numérotation</translation>
    </message>
    <message>
        <source>Change section type</source>
        <translation>Changer le type de section</translation>
    </message>
    <message>
        <source>Change marker</source>
        <translation>Changer la marque</translation>
    </message>
</context>
<context>
    <name>FieldPane</name>
    <message>
        <source>What changed in the primary text</source>
        <translation>Ce qui a changé dans le texte principal</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>The primary change does not affect this translation: keep it as it is</source>
        <translation>La modification du texte principal ne touche pas cette traduction : la garder telle quelle</translation>
    </message>
    <message>
        <source>{language} · primary text</source>
        <translation>{language} · texte principal</translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation>Traduction en {language}</translation>
    </message>
    <message>
        <source>The primary text changed after this translation was made: update the translation, or mark it as up to date</source>
        <translation>Le texte principal a changé après cette traduction : mettez la traduction à jour, ou marquez-la comme à jour</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a Google Form, Typeform or spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, Windows) is understood.</source>
        <translation>Un export CSV ou XLSX de Google Forms, Typeform ou d’un tableur. Tous les séparateurs et encodages (UTF-8, UTF-16, Windows) sont reconnus.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Chemin d’un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Feuille</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation>
            <numerusform>{file} contient %Ln feuille : choisissez-la, puis Suivant.</numerusform>
            <numerusform>{file} contient %Ln feuilles : choisissez celle des signataires, puis Suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: no rows below the header</source>
        <translation>{file} : aucune ligne sous l’en-tête</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze version {number}</source>
        <translation>Figer la version {number}</translation>
    </message>
    <message>
        <source>Version {number} keeps the text exactly as it is now, with today&apos;s date: later edits never change it. Each endorsement records the version the organisation agreed to. A campaign still drafting moves to collecting.</source>
        <translation>La version {number} garde le texte exactement tel qu’il est maintenant, avec la date du jour : les modifications ultérieures ne la changent jamais. Chaque signature enregistre la version que l’organisation a signée. Une campagne encore en rédaction passe à la collecte des signatures.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation>
            <numerusform>%Ln signature d’un texte antérieur devra être reconfirmée.</numerusform>
            <numerusform>%Ln signatures d’un texte antérieur devront être reconfirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional), e.g. “text agreed with partners”</source>
        <translation>Note (facultative), p. ex. « texte convenu avec les partenaires »</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Note de version</translation>
    </message>
    <message>
        <source>Some translations are not up to date with this text. You can freeze anyway (endorsers sign the primary text) and update them later:</source>
        <translation>Certaines traductions ne sont pas à jour avec ce texte. Vous pouvez figer quand même (les signataires signent le texte principal) et les mettre à jour plus tard :</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message>
        <source>Imported from {source}, row {row}</source>
        <extracomment>The notes the lower layers write on a signatory&apos;s history, in English (they travel in campaign files and the command line prints them), each with the text it is shown as (`event_note`). A note that is none of these (a coordinator&apos;s own) is shown as it was typed.</extracomment>
        <translation>Importé de {source}, ligne {row}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importé de {source}</translation>
    </message>
    <message>
        <source>Copied from campaign {campaign}</source>
        <translation>Copié de la campagne {campaign}</translation>
    </message>
    <message>
        <source>Endorsed version {version}; the text is now version {latest}</source>
        <translation>A signé la version {version} ; le texte en est maintenant à la version {latest}</translation>
    </message>
    <message>
        <source>Merged “{other}” into “{keep}”; the other entry was {status}</source>
        <translation>Fusion de « {other} » dans « {keep} » ; l’autre entrée avait le statut « {status} »</translation>
    </message>
    <message>
        <source>No answer by the deadline, {date}</source>
        <translation>Pas de réponse à la date limite, {date}</translation>
    </message>
    <message>
        <source>Marked “do not publish”</source>
        <translation>Marqué « ne pas publier »</translation>
    </message>
    <message>
        <source>“Do not publish” taken off</source>
        <translation>« Ne pas publier » retiré</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (organisation or person)</source>
        <extracomment>Columns of an import mapped to signatory fields (signon.domain.fields).</extracomment>
        <translation>Nom (organisation ou personne)</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Email (private contact)</source>
        <translation>Courriel (contact privé)</translation>
    </message>
    <message>
        <source>Contact person (private)</source>
        <translation>Personne de contact (privé)</translation>
    </message>
    <message>
        <source>Title / position (individuals)</source>
        <translation>Fonction (personnes)</translation>
    </message>
    <message>
        <source>Affiliation (individuals)</source>
        <translation>Affiliation (personnes)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signing as (organisation / individual)</source>
        <translation>Signe en tant que (organisation / personne)</translation>
    </message>
    <message>
        <source>Endorsement date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Status (endorsed, declined, …)</source>
        <translation>Statut (a signé, a décliné, …)</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <extracomment>Statuses an import can give: a file of invitees (prospect, invited) or of answers (endorsed, declined).</extracomment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; nouvelle</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fusionnée</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ignorée</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejetée</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import signatories</source>
        <translation>Importer des signataires</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Letter languages the campaign settings offer, in English; the list shows each translated, followed by its own name (NATIVE_LANGUAGE).</extracomment>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter preview</source>
        <extracomment>Inline styles on paragraphs: Qt&apos;s rich text keeps its own size steps for &lt;h1&gt;…&lt;h3&gt; whatever the CSS says, and ignores most of a &lt;style&gt; sheet. Names the preview lists before it says how many more the letter has.</extracomment>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>The letter as it will be exported, updated as you type</source>
        <translation>La lettre telle qu’elle sera exportée, mise à jour pendant la saisie</translation>
    </message>
    <message>
        <source>No endorsed signatories yet</source>
        <translation>Pas encore de signataires</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in every export.</source>
        <translation>
            <numerusform>… et %Ln autre, listé dans chaque export.</numerusform>
            <numerusform>… et %Ln autres, listés dans chaque export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Letter date</source>
        <extracomment>Up to this many signers, one closing line is suggested (issue 20). A typed date is saved once typing pauses (not at every digit). the campaign whose settings are shown (and saved): the tab may already have switched to another while a typed date waits</extracomment>
        <translation>Date de la lettre</translation>
    </message>
    <message>
        <source>Day of export</source>
        <translation>Jour de l’export</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Date fixe</translation>
    </message>
    <message>
        <source>The date the letter prints: the day it is exported, or a date of your choice (an event&apos;s day)</source>
        <translation>La date que la lettre imprime : le jour de l’export, ou une date de votre choix (le jour d’un événement)</translation>
    </message>
    <message>
        <source>Fixed letter date</source>
        <translation>Date fixe de la lettre</translation>
    </message>
    <message>
        <source>How the signers are printed</source>
        <translation>Comment les signataires sont imprimés</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>One closing line</source>
        <translation>Une ligne de clôture</translation>
    </message>
    <message>
        <source>One closing line: the date, then the signers joined as a sentence, with no heading (“November 14, 2023. Org A and Org B.”)</source>
        <translation>Une ligne de clôture : la date, puis les signataires réunis en une phrase, sans titre (« 14 novembre 2023. Org A et Org B. »)</translation>
    </message>
    <message>
        <source>Signers who withdrew</source>
        <translation>Signataires qui se sont retirés</translation>
    </message>
    <message>
        <source>Marked “retracted (date)”</source>
        <translation>Marqués « retiré (date) »</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>In a later edition, a signer an earlier edition printed who has withdrawn since</source>
        <translation>Dans une édition suivante, un signataire qu’une édition précédente a imprimé et qui s’est retiré depuis</translation>
    </message>
    <message>
        <source>Use one closing line</source>
        <translation>Utiliser une ligne de clôture</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signers: one closing line may read better.</source>
        <translation>
            <numerusform>%Ln signataire : une ligne de clôture peut mieux se lire.</numerusform>
            <numerusform>%Ln signataires : une ligne de clôture peut mieux se lire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&lt;b&gt;Block library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèque&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search title, text, tags…</source>
        <translation>Rechercher dans le titre, le texte, les étiquettes…</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Rechercher des blocs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation>Bloc sélectionné</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert a copy of the block into the statement (Enter)</source>
        <translation>Insérer une copie du bloc dans la déclaration (Entrée)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Write a new block</source>
        <translation>Écrire un nouveau bloc</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation>Autres actions de la bibliothèque</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <source>Link a translation…</source>
        <translation>Lier une traduction…</translation>
    </message>
    <message>
        <source>Unlink from its translations</source>
        <translation>Délier de ses traductions</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import library…</source>
        <translation>Importer une bibliothèque…</translation>
    </message>
    <message>
        <source>Export library…</source>
        <translation>Exporter la bibliothèque…</translation>
    </message>
    <message>
        <source>Add starter blocks</source>
        <translation>Ajouter les blocs de départ</translation>
    </message>
    <message>
        <source>All languages</source>
        <extracomment>language variants by group key, and the campaign&apos;s languages: an inserted block brings its variants in the translation languages</extracomment>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Also in {languages}: inserting it adds the campaign&apos;s translation languages too</source>
        <translation>Existe aussi en {languages} : l’insérer ajoute aussi les langues de traduction de la campagne</translation>
    </message>
    <message>
        <source>Translate “{title}”</source>
        <translation>Traduire « {title} »</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation>
            <numerusform>{shown} sur %Ln bloc</numerusform>
            <numerusform>{shown} sur %Ln blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation>
            <numerusform>%Ln bloc</numerusform>
            <numerusform>%Ln blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block to read it; Enter or drag inserts a copy into the statement.</source>
        <translation>Sélectionnez un bloc pour le lire ; Entrée ou un glisser-déposer en insère une copie dans la déclaration.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>Other language…</source>
        <translation>Autre langue…</translation>
    </message>
    <message>
        <source>No block of this kind in another language to link: use Translate into to write one.</source>
        <translation>Aucun bloc de ce type dans une autre langue à lier : utilisez « Traduire en » pour en écrire un.</translation>
    </message>
    <message>
        <source>Block library</source>
        <translation>Bibliothèque de blocs</translation>
    </message>
    <message>
        <source>Blocks linked as translations</source>
        <translation>Blocs liés comme traductions</translation>
    </message>
    <message>
        <source>Block unlinked from its translations</source>
        <translation>Bloc délié de ses traductions</translation>
    </message>
    <message>
        <source>Translation added to the library</source>
        <translation>Traduction ajoutée à la bibliothèque</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <source>Block added</source>
        <translation>Bloc ajouté</translation>
    </message>
    <message>
        <source>Block saved</source>
        <translation>Bloc enregistré</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags of “{title}” (comma-separated):</source>
        <translation>Étiquettes de « {title} » (séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Étiquettes enregistrées</translation>
    </message>
    <message>
        <source>Block duplicated</source>
        <translation>Bloc dupliqué</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library? Statements that use it keep their own copy of the text.</source>
        <translation>Supprimer « {title} » de la bibliothèque ? Les déclarations qui l’utilisent gardent leur propre copie du texte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Block deleted</source>
        <translation>Bloc supprimé</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importé : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation>
            <numerusform>%Ln bloc exporté vers {file}</numerusform>
            <numerusform>%Ln blocs exportés vers {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Starter library: {summary}</source>
        <translation>Bibliothèque de départ : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation>
            <numerusform>%Ln bloc ajouté</numerusform>
            <numerusform>%Ln blocs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>Import block library</source>
        <translation>Importer une bibliothèque de blocs</translation>
    </message>
    <message>
        <source>Block library (*.json)</source>
        <translation>Bibliothèque de blocs (*.json)</translation>
    </message>
    <message>
        <source>Export block library</source>
        <translation>Exporter la bibliothèque de blocs</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Block library</source>
        <extracomment>the block&apos;s text, which a drag carries as plain text</extracomment>
        <translation>Bibliothèque de blocs</translation>
    </message>
    <message>
        <source>Enter inserts the selected block into the statement</source>
        <translation>Entrée insère le bloc sélectionné dans la déclaration</translation>
    </message>
</context>
<context>
    <name>LinkVariantDialog</name>
    <message>
        <source>Link a translation of “{title}”</source>
        <translation>Lier une traduction de « {title} »</translation>
    </message>
    <message>
        <source>Blocks of the same kind in other languages. Link the one that says the same as this block: inserting either then brings the other as its translation.</source>
        <translation>Blocs du même type dans d’autres langues. Liez celui qui dit la même chose que ce bloc : insérer l’un apportera alors l’autre comme traduction.</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>Filtrer par titre ou texte</translation>
    </message>
    <message>
        <source>Blocks to link</source>
        <translation>Blocs à lier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>ListOrder</name>
    <message>
        <source>Alphabetical</source>
        <translation>Alphabétique</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation>Par type d’organisation</translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation>Par date de signature</translation>
    </message>
    <message>
        <source>Manual (your own order)</source>
        <translation>Manuel (votre propre ordre)</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (port 993 en général)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (port 143 en général)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Aucune (un serveur sur cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Mailbox for replies (IMAP)</source>
        <translation>Boîte aux lettres des réponses (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>Réglages de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Leave empty to leave them where they are</source>
        <translation>Laissez vide pour les laisser où elles sont</translation>
    </message>
    <message>
        <source>Reading never changes the mailbox. With a folder here, the replies recorded by Apply clear replies are moved there; the folder must exist.</source>
        <translation>La lecture ne modifie jamais la boîte aux lettres. Avec un dossier ici, les réponses enregistrées par « Appliquer les réponses claires » y sont déplacées ; le dossier doit exister.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Move processed mail to:</source>
        <translation>Déplacer le courrier traité vers :</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>Folder to read</source>
        <translation>Dossier à lire</translation>
    </message>
    <message>
        <source>Folder to move processed mail to</source>
        <translation>Dossier où déplacer le courrier traité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <extracomment>the campaign the list `refresh` is reading should select (see there)</extracomment>
        <translation>Ouverture de {database}…</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>Ca&amp;mpagnes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Titre de la campagne</translation>
    </message>
    <message>
        <source>Campaign status and counts</source>
        <translation>État et décomptes de la campagne</translation>
    </message>
    <message>
        <source>Campaign tabs</source>
        <translation>Onglets de la campagne</translation>
    </message>
    <message>
        <source>Campaigns and campaign tabs</source>
        <translation>Campagnes et onglets de la campagne</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another Sign-on database file</source>
        <translation>Ouvrir un autre fichier de base de données Sign-on</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a checked copy of the database into the backups folder</source>
        <translation>Enregistrer une copie vérifiée de la base de données dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Sign-on</source>
        <translation>Fermer Sign-on</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>The backup folder and the backups in it: back up, restore one, change the folder</source>
        <translation>Le dossier des sauvegardes et son contenu : sauvegarder, restaurer, changer de dossier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last campaign deletion</source>
        <translation>Annuler la dernière suppression de campagne</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Interface language and other choices that apply to every campaign</source>
        <translation>Langue de l’interface et autres choix valables pour toutes les campagnes</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Créer une campagne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected campaign in the list</source>
        <translation>Renommer la campagne sélectionnée dans la liste</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the campaign&apos;s statement and signatories (reset to prospect) into a new campaign</source>
        <translation>Copier la déclaration et les signataires de la campagne (remis à « À inviter ») dans une nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected campaign (asks first, takes a backup)</source>
        <translation>Supprimer la campagne sélectionnée (demande d’abord, fait une sauvegarde)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Title, addressee, language, deadline, status and signatory list options</source>
        <translation>Titre, destinataire, langue, date limite, état et options de la liste des signataires</translation>
    </message>
    <message>
        <source>&amp;Publish edition…</source>
        <translation>&amp;Publier une édition…</translation>
    </message>
    <message>
        <source>Store the letter as it stands as a numbered, dated edition, after seeing what changed since the last one</source>
        <translation>Enregistrer la lettre telle qu’elle est comme une édition numérotée et datée, après avoir vu ce qui a changé depuis la précédente</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Se connecter à la base d’&amp;équipe…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database shared by your team</source>
        <translation>Ouvrir une base de données PostgreSQL partagée par votre équipe</translation>
    </message>
    <message>
        <source>&amp;About Sign-on</source>
        <translation>À &amp;propos de Sign-on</translation>
    </message>
    <message>
        <source>Version, database path and licences</source>
        <translation>Version, chemin de la base de données et licences</translation>
    </message>
    <message>
        <source>Campaign &amp;list</source>
        <translation>&amp;Liste des campagnes</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the campaign list</source>
        <translation>Placer le focus clavier sur la liste des campagnes</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Afficher l’onglet {tab}</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>Déplace le focus clavier vers la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Déplace le focus clavier vers la partie précédente de la fenêtre</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Déplacer le texte sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows as text, to the clipboard</source>
        <translation>Copier dans le presse-papiers le texte sélectionné, ou les lignes sélectionnées sous forme de texte</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Insérer le texte du presse-papiers</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select all the text, or all the rows</source>
        <translation>Sélectionner tout le texte, ou toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Go to the search field of the tab in view</source>
        <translation>Aller au champ de recherche de l’onglet affiché</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>Read how to run a campaign in Sign-on, from the statement to the published letter</source>
        <translation>Lire comment mener une campagne dans Sign-on, de la déclaration à la lettre publiée</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window and its tabs</source>
        <translation>Lister tous les raccourcis clavier de la fenêtre et de ses onglets</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation>Menu {menu}</translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation>Actions sur la campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Onglet {tab}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>Could not read the campaigns: {error}</source>
        <translation>Impossible de lire les campagnes : {error}</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>date limite : {date}</translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation>« {title} » créée.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Renommée en « {title} ».</translation>
    </message>
    <message>
        <source>Created “{title}”: same statement, signatories reset to prospect.</source>
        <translation>« {title} » créée : même déclaration, signataires remis à « À inviter ».</translation>
    </message>
    <message>
        <source>no signatories</source>
        <translation>aucun signataire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation>
            <numerusform>%Ln signataire ({endorsed} signé) avec son historique</numerusform>
            <numerusform>%Ln signataires ({endorsed} ayant signé) avec leur historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its statement, versions and {signatories} will be removed. Organisations stay in your directory.

A backup is taken first, and Edit → Undo puts the campaign back.</source>
        <translation>Supprimer « {title} » ?

Sa déclaration, ses versions et {signatories} seront supprimés. Les organisations restent dans votre annuaire.

Une sauvegarde est faite d’abord, et Édition → Annuler rétablit la campagne.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Backup: {path}.</source>
        <translation>Sauvegarde : {path}.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.{backup} Ctrl+Z undoes.</source>
        <translation>« {title} » supprimée.{backup} Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{title}”</source>
        <translation>&amp;Annuler la suppression de « {title} »</translation>
    </message>
    <message>
        <source>Put “{title}” back (Ctrl+Z)</source>
        <translation>Rétablir « {title} » (Ctrl+Z)</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation>« {title} » est rétablie.</translation>
    </message>
    <message>
        <source>Another coordinator changed “{settings}” while the settings were open, so nothing was saved. The settings open again on their value, with your other changes kept.</source>
        <translation>Un autre coordinateur a modifié « {settings} » pendant que les paramètres étaient ouverts : rien n’a été enregistré. Les paramètres s’ouvrent à nouveau avec sa valeur, et vos autres modifications sont conservées.</translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation>Paramètres de la campagne enregistrés.</translation>
    </message>
    <message>
        <source>Demo campaign loaded.</source>
        <translation>Campagne de démonstration chargée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opened {database}.</source>
        <translation>{database} ouverte.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Background work did not stop within {seconds} seconds, so nothing was closed. Try again in a moment.</source>
        <translation>Les tâches en arrière-plan ne se sont pas arrêtées en {seconds} secondes&#x202f;; rien n’a donc été fermé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cancel it and open the other database?</source>
        <translation>Annuler et ouvrir l’autre base de données&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel them and open the other database?</source>
        <translation>Tout annuler et ouvrir l’autre base de données&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel and open</source>
        <translation>Annuler et ouvrir</translation>
    </message>
    <message>
        <source>Cancel it and restore the backup?</source>
        <translation>Annuler et restaurer la sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel them and restore the backup?</source>
        <translation>Tout annuler et restaurer la sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel and restore</source>
        <translation>Annuler et restaurer</translation>
    </message>
    <message>
        <source>Cancel it and quit?</source>
        <translation>Annuler et quitter&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel them and quit?</source>
        <translation>Tout annuler et quitter&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel and quit</source>
        <translation>Annuler et quitter</translation>
    </message>
    <message>
        <source>Waiting for background work to stop…</source>
        <translation>Attente de l’arrêt des tâches en arrière-plan…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>What each column holds. Guessed from the headers; a choice you make is remembered for the next file with the same columns.</source>
        <translation>Ce que contient chaque colonne. Deviné d’après les en-têtes ; vos choix sont mémorisés pour le prochain fichier ayant les mêmes colonnes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the organisation or person.</source>
        <translation>Choisissez la colonne qui contient le nom de l’organisation ou de la personne.</translation>
    </message>
    <message>
        <source>Each field comes from one column: {fields} is chosen more than once.</source>
        <translation>Chaque champ provient d’une seule colonne : {fields} est choisi plusieurs fois.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>Organisations en doublon possible</translation>
    </message>
    <message>
        <source>Organisations that may have been entered twice. Nothing is merged unless you choose to: a merge keeps both entries&apos; endorsements, contacts and history under the name you keep.</source>
        <translation>Organisations peut-être saisies deux fois. Rien n’est fusionné sans votre choix : une fusion conserve les signatures, contacts et historiques des deux entrées sous le nom que vous gardez.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>Garder ce nom</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Différentes</translation>
    </message>
    <message>
        <source>They are different groups: stop suggesting this pair</source>
        <translation>Ce sont des groupes différents : ne plus proposer cette paire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Comparing the directory…</source>
        <translation>Comparaison de l’annuaire…</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation>
            <numerusform>%Ln doublon possible.</numerusform>
            <numerusform>%Ln doublons possibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation>
            <numerusform>« {gone} » fusionnée dans « {kept} », %Ln signataire regroupé.</numerusform>
            <numerusform>« {gone} » fusionnée dans « {kept} », %Ln signataires regroupés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <translation>« {gone} » fusionnée dans « {kept} ».</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Ordinal words (numbered in this language)</source>
        <extracomment>List numbering styles; the composer shows the ordinal style with the letter language&apos;s own words (&quot;First, Second … Finally&quot;) when it has them.</extracomment>
        <translation>Ordinaux en toutes lettres (dans cette langue)</translation>
    </message>
    <message>
        <source>1.  2.  3.</source>
        <translation>1.  2.  3.</translation>
    </message>
    <message>
        <source>•  Bullets</source>
        <translation>•  Puces</translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation>Sans numérotation</translation>
    </message>
</context>
<context>
    <name>OrganisationType</name>
    <message>
        <source>NGO</source>
        <extracomment>Suggested organisation types (the field stays free text, stored as typed).</extracomment>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Association locale</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation>Confessionnelle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Ordre professionnel</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, uncertain)</source>
        <translation>En attente (en file, en échec, incertains)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Messages affichés</translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation>Paramètres SMTP…</translation>
    </message>
    <message>
        <source>Server, sender address and password for sending</source>
        <translation>Serveur, adresse d’expédition et mot de passe pour l’envoi</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Sent / note</source>
        <translation>Envoi / note</translation>
    </message>
    <message>
        <source>A bounce came back: mark the message bounced and flag the address on the contact</source>
        <translation>Un rejet est revenu : marquer le message comme rejeté et signaler l’adresse sur le contact</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>statuses moved (messages were marked)</extracomment>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <source>Select a message to read it as it will be sent.</source>
        <translation>Sélectionnez un message pour le lire tel qu’il sera envoyé.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send every queued and failed message by SMTP, one at a time at the set rate</source>
        <translation>Envoyer par SMTP tous les messages en file et en échec, un par un au rythme choisi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the message being sent; the rest stay queued</source>
        <translation>S’arrêter après le message en cours ; les autres restent en file</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Leave the selected messages out of sending</source>
        <translation>Ne pas envoyer les messages sélectionnés</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Put excluded messages back</source>
        <translation>Réintégrer les messages exclus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete the selected messages that were never sent</source>
        <translation>Supprimer les messages sélectionnés jamais envoyés</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>One file per message, to send from your own mail program</source>
        <translation>Un fichier par message, à envoyer depuis votre propre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation>
            <numerusform>Ouvre le message sélectionné comme brouillon</numerusform>
            <numerusform>Ouvre jusqu’à %Ln messages sélectionnés comme brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>You sent the selected messages yourself</source>
        <translation>Vous avez envoyé vous-même les messages sélectionnés</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Bien reçu</translation>
    </message>
    <message>
        <source>An uncertain message was delivered after all (found in your Sent folder)</source>
        <translation>Un message incertain a finalement été remis (trouvé dans vos éléments envoyés)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>An uncertain message did not arrive: queue it again</source>
        <translation>Un message incertain n’est pas arrivé : le remettre en file</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <extracomment>the signatory each message is for, by signatory id the messages to select again when the outbox being read arrives</extracomment>
        <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation>
            <numerusform>Envoyer %Ln en attente</numerusform>
            <numerusform>Envoyer %Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation>
            <numerusform>%Ln message sélectionné.</numerusform>
            <numerusform>%Ln messages sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation>
            <numerusform>Marquer le message sélectionné comme envoyé ? Les invitations et relances font passer leurs signataires à « Invité » ou « Relancé ».</numerusform>
            <numerusform>Marquer les %Ln messages sélectionnés comme envoyés ? Les invitations et relances font passer leurs signataires à « Invité » ou « Relancé ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation>
            <numerusform>Retirer %Ln message non envoyé de la boîte d’envoi ?</numerusform>
            <numerusform>Retirer %Ln messages non envoyés de la boîte d’envoi ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the messages as .eml files into</source>
        <translation>Enregistrer les messages en fichiers .eml dans</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation>
            <numerusform>%Ln fichier .eml enregistré dans {folder}. Une fois envoyé, sélectionnez-le ici et cliquez sur Marquer comme envoyé.</numerusform>
            <numerusform>%Ln fichiers .eml enregistrés dans {folder}. Une fois envoyés, sélectionnez-les ici et cliquez sur Marquer comme envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation>
            <numerusform>%Ln message ouvert dans votre messagerie. Une fois envoyé, cliquez sur Marquer comme envoyé.</numerusform>
            <numerusform>%Ln messages ouverts dans votre messagerie. Une fois envoyés, cliquez sur Marquer comme envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <extracomment>statuses moved (messages were sent) queued and failed messages, whatever the filter shows</extracomment>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Mot de passe de {user} sur {host} :</translation>
    </message>
    <message numerus="yes">
        <source>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</source>
        <translation>
            <numerusform>La boîte d’envoi est encore en cours d’envoi (%Ln message). L’annulation prend effet après le message en cours d’envoi&#x202f;: les messages déjà envoyés le restent, les autres restent dans la boîte d’envoi pour le prochain «&#x202f;Envoyer&#x202f;».</numerusform>
            <numerusform>La boîte d’envoi est encore en cours d’envoi (%Ln messages). L’annulation prend effet après le message en cours d’envoi&#x202f;: les messages déjà envoyés le restent, les autres restent dans la boîte d’envoi pour le prochain «&#x202f;Envoyer&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>Cancelling after the current message…</source>
        <translation>Annulation après le message en cours…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused: no new message starts until you resume.</source>
        <translation>En pause : aucun nouveau message ne part avant la reprise.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {message}</source>
        <translation>Envoi {done} sur {total} : {message}</translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation>Terminé : {summary}.</translation>
    </message>
    <message>
        <source>Uncertain messages may have arrived: check your Sent folder, then click It arrived or Send again.</source>
        <translation>Les messages incertains sont peut-être arrivés : vérifiez vos éléments envoyés, puis cliquez sur Bien reçu ou Renvoyer.</translation>
    </message>
    <message>
        <source>Failed messages go again with the next Send.</source>
        <translation>Les messages en échec repartiront au prochain envoi.</translation>
    </message>
    <message>
        <source>Sending stopped: {message}</source>
        <translation>Envoi interrompu : {message}</translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation>
            <numerusform>Envoi annulé. %Ln message reste en file.</numerusform>
            <numerusform>Envoi annulé. %Ln messages restent en file.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <extracomment>The outbox table&apos;s state column (after signatory, to, address, kind, subject).</extracomment>
        <translation>
            <numerusform>%Ln en file</numerusform>
            <numerusform>%Ln en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incertain</numerusform>
            <numerusform>%Ln incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln exclu</numerusform>
            <numerusform>%Ln exclus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>(empty item: write it or delete it)</source>
        <translation>(point vide : rédigez-le ou supprimez-le)</translation>
    </message>
    <message>
        <source>{section} “{title}”</source>
        <translation>{section} « {title} »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>liste vide</translation>
    </message>
    <message>
        <source>{section} (empty)</source>
        <translation>{section} (vide)</translation>
    </message>
    <message>
        <source>Statement outline</source>
        <translation>Plan de la déclaration</translation>
    </message>
    <message>
        <source>Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete removes, Enter edits the selected text.</source>
        <translation>Sections et points de la déclaration. Alt+Haut et Alt+Bas réordonnent, Suppr supprime, Entrée modifie le texte sélectionné.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach to prospective signatories</source>
        <translation>Mobilisation des signataires potentiels</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Choose a campaign to write to its signatories.</source>
        <translation>Choisissez une campagne pour écrire à ses signataires.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data: {address}</source>
        <translation>Données personnelles : {address}</translation>
    </message>
    <message>
        <source>Looking through the database and its backups…</source>
        <translation>Recherche dans la base de données et ses sauvegardes…</translation>
    </message>
    <message>
        <source>Where the data is held</source>
        <translation>Où les données sont conservées</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>A file to send the person: readable by you only</source>
        <translation>Un fichier à envoyer à la personne : lisible par vous seul</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the database hold data of this person.</source>
        <translation>
            <numerusform>%n endroit de la base de données conserve des données de cette personne.</numerusform>
            <numerusform>%n endroits de la base de données conservent des données de cette personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds nothing about this person.</source>
        <translation>La base de données ne conserve rien sur cette personne.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the backups and safety copies still hold(s) the address.</source>
        <translation>
            <numerusform>%n des sauvegardes et copies de sécurité contient encore l’adresse.</numerusform>
            <numerusform>%n des sauvegardes et copies de sécurité contiennent encore l’adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the listing</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup(s) holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</source>
        <translation>
            <numerusform>Effacer tout ce qui est conservé sur {address} ?

Sa fiche de contact, les messages qui lui ont été écrits et ses réponses sont supprimés ; une personne signataire à titre individuel quitte la liste et la lettre. L’adhésion d’une organisation reste. Les notes qui la mentionnent vous sont laissées à modifier. La base de données et %n sauvegarde contenant l’adresse sont réécrites pour que plus rien ne puisse en être lu.

Cette action est irréversible.</numerusform>
            <numerusform>Effacer tout ce qui est conservé sur {address} ?

Sa fiche de contact, les messages qui lui ont été écrits et ses réponses sont supprimés ; une personne signataire à titre individuel quitte la liste et la lettre. L’adhésion d’une organisation reste. Les notes qui la mentionnent vous sont laissées à modifier. La base de données et %n sauvegardes contenant l’adresse sont réécrites pour que plus rien ne puisse en être lu.

Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Erased. The database and its copies no longer hold the removed data.</source>
        <translation>Effacé. La base de données et ses copies ne contiennent plus les données supprimées.</translation>
    </message>
    <message>
        <source>Erased on the team database. Its server&apos;s own backups are its administrator&apos;s to clear.</source>
        <translation>Effacé dans la base de données de l’équipe. Les sauvegardes propres au serveur sont à effacer par son administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>Their name is replaced in %n published edition(s), each kept with its digest.</source>
        <translation>
            <numerusform>Son nom est remplacé dans %n édition publiée, conservée avec son empreinte.</numerusform>
            <numerusform>Son nom est remplacé dans %n éditions publiées, chacune conservée avec son empreinte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) that mention the address are left for you to edit:</source>
        <translation>
            <numerusform>%n note qui mentionne l’adresse vous est laissée à modifier :</numerusform>
            <numerusform>%n notes qui mentionnent l’adresse vous sont laissées à modifier :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the signatory&apos;s name (the organisation, or the person)</source>
        <extracomment>What each message placeholder inserts (signon.domain.message_templates.PLACEHOLDERS).</extracomment>
        <translation>le nom du signataire (l’organisation ou la personne)</translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation>le nom de la personne de contact</translation>
    </message>
    <message>
        <source>the campaign title</source>
        <translation>le titre de la campagne</translation>
    </message>
    <message>
        <source>the deadline, as a long date in the template&apos;s language</source>
        <translation>la date limite, en toutes lettres dans la langue du modèle</translation>
    </message>
    <message>
        <source>the current text of the statement</source>
        <translation>le texte actuel de la déclaration</translation>
    </message>
    <message>
        <source>the web address where organisations sign (Campaign settings)</source>
        <translation>l’adresse web où les organisations signent (Paramètres de la campagne)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name, who signs the message (Campaign settings)</source>
        <translation>le nom de la personne qui coordonne et signe le message (Paramètres de la campagne)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Sign-on will be in {language} the next time it starts.</source>
        <extracomment>Source texts shown in the chosen language as well (see _in_language).</extracomment>
        <translation>Sign-on sera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; letters have their own language in each campaign&apos;s settings</source>
        <translation>La langue des menus, boutons et messages ; les lettres ont leur propre langue dans les paramètres de chaque campagne</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>{variable}={value} is set: it decides the language while it stays set.</source>
        <translation>{variable}={value} est défini : c’est lui qui fixe la langue tant qu’il l’est.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <extracomment>OK and restart at once (shown while the language would change)</extracomment>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Close Sign-on and start it again in the chosen language</source>
        <translation>Fermer Sign-on et le relancer dans la langue choisie</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation>encodage {encoding}, séparateur {delimiter}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation>
            <numerusform>La première ligne, telle que dans le fichier. Les numéros de ligne sont ceux d’un tableur.</numerusform>
            <numerusform>Les %Ln premières lignes, telles que dans le fichier. Les numéros de ligne sont ceux d’un tableur.</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barre verticale</translation>
    </message>
</context>
<context>
    <name>PrivacyChoice</name>
    <message>
        <source>Delivery copy (not for publication)</source>
        <translation>Copie de remise (pas pour publication)</translation>
    </message>
    <message>
        <source>A private copy for the addressee: the signatories marked “do not publish” are printed in their place, under a line saying the copy is not for publication. Never an edition.</source>
        <translation>Un exemplaire privé pour le destinataire : les signataires marqués « ne pas publier » y figurent à leur place, sous une ligne disant que l’exemplaire n’est pas destiné à la publication. Jamais une édition.</translation>
    </message>
    <message>
        <source>Leave out private data</source>
        <translation>Laisser de côté les données privées</translation>
    </message>
    <message>
        <source>No contacts, notes, messages, replies or private signatories: a file to share with a partner.</source>
        <translation>Sans contacts, notes, messages, réponses ni signataires privés : un fichier à partager avec un partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>Also prints the %Ln signatories marked “do not publish”.</source>
        <translation>
            <numerusform>Imprime aussi le %Ln signataire marqué « ne pas publier ».</numerusform>
            <numerusform>Imprime aussi les %Ln signataires marqués « ne pas publier ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file to share with a partner: its statement, settings and public signatories, imported as a campaign of its own</source>
        <translation>Le fichier de campagne à partager avec un partenaire : sa déclaration, ses réglages et ses signataires publics, importé comme une campagne à part entière</translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message>
        <source>Publish edition</source>
        <translation>Publier une édition</translation>
    </message>
    <message>
        <source>Date of the edition</source>
        <translation>Date de l’édition</translation>
    </message>
    <message>
        <source>What changed since the edition before</source>
        <translation>Ce qui a changé depuis l’édition précédente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: kept with the edition</source>
        <translation>Facultatif : conservée avec l’édition</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write its files…</source>
        <translation>Écrire ses fichiers…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading what the edition would print…</source>
        <translation>Lecture de ce que l’édition imprimerait…</translation>
    </message>
    <message>
        <source>Edition {number} of “{title}”</source>
        <translation>Édition {number} de « {title} »</translation>
    </message>
    <message>
        <source>The letter prints its own date, {date} (Letter date in the Export tab).</source>
        <translation>La lettre imprime sa propre date, {date} (Date de la lettre dans l’onglet Export).</translation>
    </message>
    <message>
        <source>The current text, not frozen yet: publishing freezes it as version {number}.</source>
        <translation>Le texte actuel, pas encore figé : la publication le fige en version {number}.</translation>
    </message>
    <message>
        <source>Version {number}, as frozen.</source>
        <translation>Version {number}, telle que figée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln nom</numerusform>
            <numerusform>%Ln noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names}, and %Ln marked retracted</source>
        <translation>
            <numerusform>{names}, et %Ln marqué retiré</numerusform>
            <numerusform>{names}, et %Ln marqués retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retracted</source>
        <translation>
            <numerusform>%Ln retiré</numerusform>
            <numerusform>%Ln retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>The first edition: every name it prints is new. Later editions add late signers and say who withdrew.</source>
        <translation>La première édition : tous les noms qu’elle imprime sont nouveaux. Les éditions suivantes ajoutent les signataires tardifs et disent qui s’est retiré.</translation>
    </message>
    <message>
        <source>End the list with “Added since edition {number}: …”</source>
        <translation>Terminer la liste par « Ajoutés depuis l’édition {number} : … »</translation>
    </message>
    <message>
        <source>Since edition {number}: {added}, {retracted}.</source>
        <translation>Depuis l’édition {number} : {added}, {retracted}.</translation>
    </message>
    <message>
        <source>Added: {name}</source>
        <translation>Ajouté : {name}</translation>
    </message>
    <message>
        <source>Retracted: {name}</source>
        <translation>Retiré : {name}</translation>
    </message>
    <message>
        <source>The same names as edition {number}.</source>
        <translation>Les mêmes noms que l’édition {number}.</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition are left out of this one (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Les signataires qui se sont retirés depuis une édition précédente sont omis de celle-ci (réglage de la campagne, Retirés dans l’onglet Export).</translation>
    </message>
    <message>
        <source>Signers who withdrew since an earlier edition stay in their place, marked “retracted (date)” (the campaign&apos;s setting, Withdrawn in the Export tab).</source>
        <translation>Les signataires qui se sont retirés depuis une édition précédente restent à leur place, marqués « retiré (date) » (réglage de la campagne, Retirés dans l’onglet Export).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Nothing was published: {reason}</source>
        <translation>Rien n’a été publié : {reason}</translation>
    </message>
    <message>
        <source>Edition {number} published on {date} — digest {digest}…</source>
        <extracomment>Hex digits of a digest shown in a sentence (the whole one is copyable).</extracomment>
        <translation>Édition {number} publiée le {date} — empreinte {digest}…</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Template to send</source>
        <translation>Modèle à envoyer</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Not answered yet (invited or reminded)</source>
        <translation>Pas encore de réponse (invités ou relancés)</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Address fixed: clear flag</source>
        <translation>Adresse corrigée : retirer le signalement</translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses were corrected: stop treating them as invalid or bounced</source>
        <translation>Les adresses des contacts sélectionnés ont été corrigées : ne plus les traiter comme invalides ou rejetées</translation>
    </message>
    <message>
        <source>Add to outbox</source>
        <translation>Ajouter à la boîte d’envoi</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>{placeholder} has no value</source>
        <translation>{placeholder} n’a pas de valeur</translation>
    </message>
    <message>
        <source>{checked} of {total} checked</source>
        <translation>{checked} sur {total} cochés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation>
            <numerusform>%Ln avec un problème</numerusform>
            <numerusform>%Ln avec un problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation>
            <numerusform>%Ln message dans la boîte d’envoi ({new} nouveaux, {updated} mis à jour).</numerusform>
            <numerusform>%Ln messages dans la boîte d’envoi ({new} nouveaux, {updated} mis à jour).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation>
            <numerusform>%Ln laissé de côté : {names}.</numerusform>
            <numerusform>%Ln laissés de côté : {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Boîte aux lettres (IMAP)</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>Fichier mbox</translation>
    </message>
    <message>
        <source>Folder of .eml files</source>
        <translation>Dossier de fichiers .eml</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Read replies from</source>
        <translation>Lire les réponses depuis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the mbox file or the folder of .eml files</source>
        <translation>Choisir le fichier mbox ou le dossier de fichiers .eml</translation>
    </message>
    <message>
        <source>Mailbox settings…</source>
        <translation>Boîte aux lettres…</translation>
    </message>
    <message>
        <source>Server, user, folder and password of the mailbox replies arrive in</source>
        <translation>Serveur, utilisateur, dossier et mot de passe de la boîte aux lettres où arrivent les réponses</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Lire les réponses</translation>
    </message>
    <message>
        <source>Read the replies and show what each one is; nothing is written</source>
        <translation>Lire les réponses et montrer ce qu’est chacune ; rien n’est écrit</translation>
    </message>
    <message>
        <source>Read from:</source>
        <translation>Lire depuis :</translation>
    </message>
    <message>
        <source>The reply&apos;s own text</source>
        <translation>Le texte propre de la réponse</translation>
    </message>
    <message>
        <source>Select a message to read what it says.</source>
        <translation>Sélectionnez un message pour lire ce qu’il dit.</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nom de la personne qui autorise</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <source>Representative&apos;s role</source>
        <translation>Fonction de la personne qui autorise</translation>
    </message>
    <message>
        <source>Role in the organisation</source>
        <translation>Fonction dans l’organisation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep the name and role with the reply&apos;s evidence (private)</source>
        <translation>Garder le nom et la fonction avec les preuves de la réponse (privé)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The selected reply endorses: mark its signatory endorsed, as the reply says</source>
        <translation>La réponse sélectionnée signe : marquer son signataire comme ayant signé, comme le dit la réponse</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>The selected reply declines: mark its signatory declined</source>
        <translation>La réponse sélectionnée décline : marquer son signataire comme ayant décliné</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The selected reply needs nothing done: keep it as evidence only</source>
        <translation>La réponse sélectionnée ne demande rien : la garder seulement comme preuve</translation>
    </message>
    <message>
        <source>Apply clear replies</source>
        <translation>Appliquer les réponses claires</translation>
    </message>
    <message>
        <source>Read again and apply every endorsement, refusal and bounce that answers the campaign&apos;s own messages; record the others for you to decide</source>
        <translation>Relire et appliquer chaque signature, refus et rejet qui répond aux messages de la campagne ; enregistrer les autres pour que vous décidiez</translation>
    </message>
    <message>
        <source>Save evidence report…</source>
        <translation>Enregistrer le rapport de preuves…</translation>
    </message>
    <message>
        <source>A CSV file of every recorded reply: who authorised what, when, how it was verified. Private: it names people and quotes their mail, and only you can read the file.</source>
        <translation>Un fichier CSV de chaque réponse enregistrée : qui a autorisé quoi, quand, et comment c’était vérifié. Privé : il nomme des personnes et cite leur courrier, et vous seul pouvez lire le fichier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading after the current batch of messages</source>
        <translation>Arrêter la lecture après le lot de messages en cours</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>signatory removed</source>
        <translation>signataire supprimé</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>A bounce comes from a mail server, not from the organisation: there is no sender to verify.</source>
        <translation>Un rejet vient d’un serveur de messagerie, pas de l’organisation : il n’y a pas d’expéditeur à vérifier.</translation>
    </message>
    <message>
        <source>No signatory matched: there is no organisation to check the sender against.</source>
        <translation>Aucun signataire ne correspond : pas d’organisation à laquelle confronter l’expéditeur.</translation>
    </message>
    <message>
        <source>Verified: {address} is the organisation&apos;s address, and its mail system vouched for the message (DKIM {dkim}, DMARC {dmarc}).</source>
        <translation>Vérifiée : {address} est une adresse de l’organisation, et son système de messagerie se porte garant du message (DKIM {dkim}, DMARC {dmarc}).</translation>
    </message>
    <message>
        <source>Not verified: the message gives no sender address.</source>
        <translation>Non vérifiée : le message ne donne pas d’adresse d’expéditeur.</translation>
    </message>
    <message>
        <source>Not verified: {address} is a personal mailbox ({domain}). Free mail is never verified, even when the address is on record.</source>
        <translation>Non vérifiée : {address} est une boîte personnelle ({domain}). Une messagerie gratuite n’est jamais vérifiée, même quand l’adresse est connue.</translation>
    </message>
    <message>
        <source>Not verified: the receiving server recorded no DKIM or DMARC result for this message.</source>
        <translation>Non vérifiée : le serveur de réception n’a noté aucun résultat DKIM ni DMARC pour ce message.</translation>
    </message>
    <message>
        <source>Not verified: the message did come from {domain}&apos;s mail system, but {address} is not the organisation&apos;s: not on its website&apos;s domain, nor an address on record.</source>
        <translation>Non vérifiée : le message vient bien du système de messagerie de {domain}, mais {address} n’est pas à l’organisation : ni sur le domaine de son site web, ni une adresse connue.</translation>
    </message>
    <message>
        <source>Not verified: neither DKIM nor DMARC passed for {domain} (DKIM {dkim}, DMARC {dmarc}), so nothing shows that the organisation&apos;s mail system sent it.</source>
        <translation>Non vérifiée : ni DKIM ni DMARC n’ont réussi pour {domain} (DKIM {dkim}, DMARC {dmarc}) ; rien ne montre que le système de messagerie de l’organisation l’a envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorse</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decline</source>
        <translation>
            <numerusform>%Ln refus</numerusform>
            <numerusform>%Ln refus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln à examiner</numerusform>
            <numerusform>%Ln à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce</source>
        <translation>
            <numerusform>%Ln rejet</numerusform>
            <numerusform>%Ln rejets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln réponse automatique</numerusform>
            <numerusform>%Ln réponses automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sans correspondance</numerusform>
            <numerusform>%Ln sans correspondance</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet: choose where they come from, then Read replies.</source>
        <translation>Pas encore de réponses : choisissez d’où elles viennent, puis « Lire les réponses ».</translation>
    </message>
    <message>
        <source>{replies}: {counts}</source>
        <translation>{replies} : {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln vérifiée</numerusform>
            <numerusform>%Ln vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to apply</source>
        <translation>
            <numerusform>%Ln à appliquer</numerusform>
            <numerusform>%Ln à appliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln yours to decide</source>
        <translation>
            <numerusform>%Ln en attente de votre décision</numerusform>
            <numerusform>%Ln en attente de votre décision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages.</source>
        <translation>
            <numerusform>%Ln message lu.</numerusform>
            <numerusform>%Ln messages lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clear replies applied; the other matched ones are recorded for you to decide.</source>
        <translation>
            <numerusform>%Ln réponse claire appliquée ; les autres réponses rapprochées sont enregistrées pour que vous décidiez.</numerusform>
            <numerusform>%Ln réponses claires appliquées ; les autres réponses rapprochées sont enregistrées pour que vous décidiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</source>
        <translation>
            <numerusform>%Ln message lu. Rien n’a été écrit : « Appliquer les réponses claires » l’enregistre et l’applique s’il est clair.</numerusform>
            <numerusform>%Ln messages lus. Rien n’a été écrit : « Appliquer les réponses claires » les enregistre et applique les réponses claires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last reading found %Ln to apply.</source>
        <translation>
            <numerusform>La dernière lecture en a trouvé %Ln à appliquer.</numerusform>
            <numerusform>La dernière lecture en a trouvé %Ln à appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are being read and applied. Cancelling stops after the current batch: what was applied stays applied, and the next reading carries on.</source>
        <translation>Des réponses sont lues et appliquées. Annuler arrête après le lot en cours : ce qui est appliqué le reste, et la prochaine lecture reprend la suite.</translation>
    </message>
    <message>
        <source>Replies are being read; nothing is written. Cancelling stops the reading.</source>
        <translation>Des réponses sont lues ; rien n’est écrit. Annuler arrête la lecture.</translation>
    </message>
    <message>
        <source>{signatory}: {outcome}.</source>
        <extracomment>statuses moved (a reply was applied)</extracomment>
        <translation>{signatory} : {outcome}.</translation>
    </message>
    <message>
        <source>The reply from {address} is kept as evidence; nothing was changed.</source>
        <translation>La réponse de {address} est gardée comme preuve ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Saved who authorised the reply from {address}.</source>
        <translation>Enregistré qui a autorisé la réponse de {address}.</translation>
    </message>
    <message>
        <source>Save the evidence report (private: it names people and quotes their mail)</source>
        <translation>Enregistrer le rapport de preuves (privé : il nomme des personnes et cite leur courrier)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the evidence report to {path}. It is private: only you can read the file; keep it out of shared folders.</source>
        <translation>Rapport de preuves enregistré dans {path}. Il est privé : vous seul pouvez lire le fichier ; gardez-le hors des dossiers partagés.</translation>
    </message>
    <message>
        <source>The evidence report was not saved: {message}</source>
        <translation>Le rapport de preuves n’a pas été enregistré : {message}</translation>
    </message>
    <message>
        <source>{user} on {host}, folder {folder}</source>
        <extracomment>The columns&apos; widths while there are no replies (Date, From, Signatory, Match, Action, Verified), about as wide as once they come. the file or folder chosen for each kind of source, this session</extracomment>
        <translation>{user} sur {host}, dossier {folder}</translation>
    </message>
    <message>
        <source>(recorded replies move to {folder})</source>
        <translation>(les réponses enregistrées vont dans {folder})</translation>
    </message>
    <message>
        <source>Not set up yet: give the server in Mailbox settings…</source>
        <translation>Pas encore configurée : indiquez le serveur dans « Boîte aux lettres… »</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From {address}, {date}</source>
        <translation>De {address}, {date}</translation>
    </message>
    <message>
        <source>From {address}</source>
        <translation>De {address}</translation>
    </message>
    <message>
        <source>No text of its own (a bounce, an automatic reply, or only the quoted invitation).</source>
        <translation>Pas de texte propre (un rejet, une réponse automatique, ou seulement l’invitation citée).</translation>
    </message>
    <message>
        <source>Kept with the reply&apos;s evidence: private, never in the letter.</source>
        <translation>Gardé avec les preuves de la réponse : privé, jamais dans la lettre.</translation>
    </message>
    <message>
        <source>Not a reply to this campaign: nothing of it is recorded.</source>
        <translation>Ce n’est pas une réponse à cette campagne : rien n’en est enregistré.</translation>
    </message>
    <message>
        <source>Only for a recorded reply: Apply clear replies records every matched one.</source>
        <translation>Seulement pour une réponse enregistrée : « Appliquer les réponses claires » enregistre toutes celles qui correspondent.</translation>
    </message>
    <message>
        <source>Choose the mbox file replies are in</source>
        <extracomment>statuses moved (replies were applied)</extracomment>
        <translation>Choisir le fichier mbox qui contient les réponses</translation>
    </message>
    <message>
        <source>All files (*);;mbox files (*.mbox *.mbx)</source>
        <translation>Tous les fichiers (*);;Fichiers mbox (*.mbox *.mbx)</translation>
    </message>
    <message>
        <source>Choose the folder of .eml files</source>
        <translation>Choisir le dossier de fichiers .eml</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Mot de passe de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Mot de passe de {user} sur {host} :</translation>
    </message>
    <message>
        <source>Apply the clear replies? Every reply that answers one of the campaign&apos;s own messages and clearly endorses or declines moves its signatory&apos;s status, with the reply kept as evidence; a bounce flags the address. The other matched replies are recorded for you to decide. Mail that is not the campaign&apos;s is left alone.</source>
        <translation>Appliquer les réponses claires ? Chaque réponse à un message de la campagne qui signe ou décline clairement change le statut de son signataire, la réponse étant gardée comme preuve ; un rejet signale l’adresse. Les autres réponses rapprochées sont enregistrées pour que vous décidiez. Le courrier qui n’est pas celui de la campagne n’est pas touché.</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Lecture de {source}…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>Reading {done} of {total}: {message}</source>
        <translation>Lecture {done} sur {total} : {message}</translation>
    </message>
    <message>
        <source>Reading stopped: {message}</source>
        <translation>Lecture arrêtée : {message}</translation>
    </message>
    <message>
        <source>Cancelled. Replies applied before stay applied; the next reading carries on.</source>
        <translation>Annulé. Les réponses déjà appliquées le restent ; la prochaine lecture reprend la suite.</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>Lecture annulée ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Endorse</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans correspondance</translation>
    </message>
</context>
<context>
    <name>ReplyMatch</name>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>It answers a message the outbox sent to this signatory</source>
        <translation>Elle répond à un message que la boîte d’envoi a envoyé à ce signataire</translation>
    </message>
    <message>
        <source>Its sender is a contact address of this signatory, and of no other</source>
        <translation>Son expéditeur est une adresse de contact de ce signataire, et d’aucun autre</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <source>Applied</source>
        <extracomment>The colour of each action, as the statuses it leads to are coloured. The order of the counts above the table.</extracomment>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>To apply</source>
        <translation>À appliquer</translation>
    </message>
    <message>
        <source>Yours to decide</source>
        <translation>À vous de décider</translation>
    </message>
    <message>
        <source>To record</source>
        <translation>À enregistrer</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Applied: the signatory&apos;s status or the message&apos;s state changed, with the reply as evidence</source>
        <translation>Appliquée : le statut du signataire ou l’état du message a changé, avec la réponse comme preuve</translation>
    </message>
    <message>
        <source>Clear, and it answers the campaign&apos;s own message: Apply clear replies applies it</source>
        <translation>Claire, et elle répond à un message de la campagne : « Appliquer les réponses claires » l’applique</translation>
    </message>
    <message>
        <source>Recorded, waiting for you: Endorse, Decline or Ignore it</source>
        <translation>Enregistrée, elle vous attend : « Signature », « Refus » ou « Ignorer »</translation>
    </message>
    <message>
        <source>Needs your decision: Apply clear replies records it, then Endorse, Decline or Ignore it</source>
        <translation>Demande votre décision : « Appliquer les réponses claires » l’enregistre, puis « Signature », « Refus » ou « Ignorer »</translation>
    </message>
    <message>
        <source>Nothing to do: kept as evidence only</source>
        <translation>Rien à faire : gardée seulement comme preuve</translation>
    </message>
    <message>
        <source>Not the campaign&apos;s, or a second copy: nothing is recorded</source>
        <translation>Pas celle de la campagne, ou une seconde copie : rien n’est enregistré</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Private contact data removed from %Ln campaigns past their retention period.</source>
        <extracomment>the store&apos;s RetentionReport</extracomment>
        <translation>
            <numerusform>Coordonnées privées supprimées de %Ln campagne dont la durée de conservation est dépassée.</numerusform>
            <numerusform>Coordonnées privées supprimées de %Ln campagnes dont la durée de conservation est dépassée.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” — outbox messages: {messages}, replies: {replies}, contacts: {contacts}, signatory notes: {notes}</source>
        <translation>« {title} » — messages de la boîte d’envoi : {messages}, réponses : {replies}, contacts : {contacts}, notes des signataires : {notes}</translation>
    </message>
    <message>
        <source>Private contact data removed</source>
        <translation>Coordonnées privées supprimées</translation>
    </message>
    <message>
        <source>These campaigns are past their retention period; their private contact data was removed:</source>
        <translation>Ces campagnes ont dépassé leur durée de conservation ; leurs coordonnées privées ont été supprimées :</translation>
    </message>
    <message>
        <source>The letters, endorsements and editions are kept. Backups hold the removed data until they age out (File → Backups…).</source>
        <translation>Les lettres, les soutiens et les éditions sont conservés. Les sauvegardes gardent les données supprimées jusqu’à leur expiration (Fichier → Sauvegardes…).</translation>
    </message>
    <message>
        <source>Removing private contact data past its retention period failed ({message}); it is tried again at the next start.</source>
        <translation>La suppression des coordonnées privées dont la durée de conservation est dépassée a échoué ({message}) ; elle sera retentée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database as it was.</source>
        <translation>Toutes les lignes sont écrites en une seule transaction : annuler laisse la base de données en l’état.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Writing every row in one transaction…</source>
        <translation>Écriture de toutes les lignes en une seule transaction…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories added to the campaign.</source>
        <translation>
            <numerusform>%Ln signataire ajouté à la campagne.</numerusform>
            <numerusform>%Ln signataires ajoutés à la campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>L’importation a échoué</translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation>{message} Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulée ; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>SavedHistory</name>
    <message>
        <source>Saved edits of {time}</source>
        <translation>Modifications enregistrées le {time}</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Closings</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <source>Introduction</source>
        <extracomment>The row&apos;s translation status (&quot;missing&quot;, &quot;outdated&quot;, &quot;current&quot;) in the chosen translation language, None when it has nothing to translate. What a section is called in the outline and the composer (translated when shown: section_title).</extracomment>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Usual port ({port})</source>
        <translation>Port habituel ({port})</translation>
    </message>
</context>
<context>
    <name>SetValueButton</name>
    <message>
        <source>Set form link…</source>
        <translation>Indiquer le lien du formulaire…</translation>
    </message>
    <message>
        <source>Set coordinator…</source>
        <translation>Indiquer la coordination…</translation>
    </message>
    <message>
        <source>Set deadline…</source>
        <translation>Fixer la date limite…</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no form link.</source>
        <translation>« {template} » utilise {placeholder}, et la campagne n’a pas de lien de formulaire.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no coordinator.</source>
        <translation>« {template} » utilise {placeholder}, et la campagne n’a pas de coordination indiquée.</translation>
    </message>
    <message>
        <source>“{template}” uses {placeholder}, and the campaign has no deadline.</source>
        <translation>« {template} » utilise {placeholder}, et la campagne n’a pas de date limite.</translation>
    </message>
    <message>
        <source>Open Campaign settings at this field</source>
        <translation>Ouvrir les paramètres de la campagne à ce champ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Go to {field}</source>
        <translation>Aller à {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs. A key listed under a tab works while that tab is shown; Alt with an underlined letter goes to that field.</source>
        <translation>Toutes les touches de la fenêtre et de ses onglets. Une touche listée sous un onglet fonctionne quand cet onglet est affiché ; Alt avec une lettre soulignée mène au champ correspondant.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elle fait</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>The campaign&apos;s signatories</source>
        <extracomment>Above this many rows, `refresh_rows` reads the whole table again instead of those rows: one query for everything beats many IN lists. The rows read first, in the campaign&apos;s order, and shown while the rest of a bigger campaign is read: a few screens, read in milliseconds, where all 200,000 rows took 1.5-2 s to appear. `store.signatories.table_fingerprint` when the rows were read (None while not `complete`: `AllRows` brings it) signatory id → the applied reply behind its status (`store.replies.verification_by_signatory`) the signatories marked &quot;do not publish&quot; (a padlock by the name; empty while not `complete`: `AllRows` brings them) False: `prepared` holds the first `HEAD_ROWS` rows only, and `read_all_rows` reads them all the rows of the signatories whose status moved, when only statuses moved and not too many; None: read the whole table again the replies behind the statuses now (`read_table`&apos;s `verification`) the signatories marked &quot;do not publish&quot; now</extracomment>
        <translation>Les signataires de la campagne</translation>
    </message>
    <message>
        <source>Search signatories</source>
        <extracomment>Debounce of the search field: long enough to skip the intermediate states of fast typing, short enough to feel immediate. Width the name column keeps before the other columns grow, in pixels. A stable key per column, for the widths remembered across restarts. The columns that step aside, in this order, when the table is too narrow for every column at its narrow width beside the name (`NAME_ROOM`): each is also in the side panel (the endorsement&apos;s date in its status line), while the country and status must stay readable. The country column is as wide as the longest country name in the campaign, but no wider than this many average characters (narrow: when the table is short of room); a longer name is elided, whole in its tooltip. Keyboard shortcuts that open the status dialog on the selection.</extracomment>
        <translation>Rechercher des signataires</translation>
    </message>
    <message>
        <source>Search name, acronym, country, affiliation  (Ctrl+F)</source>
        <translation>Rechercher nom, sigle, pays, affiliation  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Statut affiché</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Signatories shown</source>
        <translation>Signataires affichés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation>Décompte par statut</translation>
    </message>
    <message>
        <source>Ask them to reconfirm</source>
        <translation>Leur demander de reconfirmer</translation>
    </message>
    <message>
        <source>Mark them “needs reconfirmation”: they leave the letter until they answer</source>
        <translation>Les passer en « À reconfirmer » : ils sortent de la lettre jusqu’à leur réponse</translation>
    </message>
    <message>
        <source>Keep as endorsed</source>
        <translation>Garder leur signature</translation>
    </message>
    <message>
        <source>The change does not need a new answer: stop asking until another version is frozen</source>
        <translation>La modification ne demande pas de nouvelle réponse : ne plus demander jusqu’à ce qu’une autre version soit figée</translation>
    </message>
    <message>
        <source>Print them in the letter until they answer</source>
        <translation>Les garder dans la lettre jusqu’à leur réponse</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Annuler le changement de statut</translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z); the history records it as a correction</source>
        <translation>Les remettre comme avant (Ctrl+Z) ; l’historique l’enregistre comme une correction</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Reset column widths</source>
        <translation>Réinitialiser la largeur des colonnes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an organisation or an individual</source>
        <translation>Ajouter une organisation ou une personne</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import signatories from a form export or spreadsheet (CSV, XLSX)</source>
        <translation>Importer des signataires depuis l’export d’un formulaire ou un tableur (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Change the status of the selected signatories</source>
        <translation>Changer le statut des signataires sélectionnés</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected signatories from this campaign</source>
        <translation>Retirer de cette campagne les signataires sélectionnés</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Doublons…</translation>
    </message>
    <message>
        <source>Find organisations entered twice and merge them</source>
        <translation>Trouver les organisations saisies deux fois et les fusionner</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the two selected signatories: the same one entered twice</source>
        <translation>Fusionner les deux signataires sélectionnés : le même saisi deux fois</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the signatories</source>
        <translation>Rechercher parmi les signataires</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected signatory</source>
        <translation>Modifier le signataire sélectionné</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <source>Keep the selected signatories off every public letter and edition; they print only in a delivery copy</source>
        <translation>Tenir les signataires sélectionnés hors de toute lettre et de toute édition publiques ; ils ne figurent que dans un exemplaire de remise</translation>
    </message>
    <message>
        <source>Correct status…</source>
        <translation>Corriger le statut…</translation>
    </message>
    <message>
        <source>Put a wrong status right, from any status, with the reason; the history keeps it as a correction</source>
        <translation>Corriger un statut erroné, depuis n’importe quel statut, avec le motif ; l’historique le garde comme une correction</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the side panel (contacts and history)</source>
        <translation>Afficher ou masquer le panneau latéral (contacts et historique)</translation>
    </message>
    <message>
        <source>Loading signatories…</source>
        <translation>Chargement des signataires…</translation>
    </message>
    <message>
        <source>Mark the selection as {status}</source>
        <translation>Passer la sélection au statut « {status} »</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signataire</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signataires</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Tous les statuts ({count})</translation>
    </message>
    <message numerus="yes">
        <source>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</source>
        <translation>
            <numerusform>Un changement de statut de %Ln signataire est encore en cours. L’annuler le défait entièrement&#x202f;: aucun signataire n’est modifié.</numerusform>
            <numerusform>Un changement de statut de %Ln signataires est encore en cours. L’annuler le défait entièrement&#x202f;: aucun signataire n’est modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation>
            <numerusform>%Ln passé au statut « {status} ».</numerusform>
            <numerusform>%Ln passés au statut « {status} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged.</source>
        <translation>
            <numerusform>%Ln inchangé.</numerusform>
            <numerusform>%Ln inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected to {status}.</source>
        <translation>
            <numerusform>%Ln corrigé en « {status} ».</numerusform>
            <numerusform>%Ln corrigés en « {status} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln put back as they were.</source>
        <translation>
            <numerusform>Annulé : %Ln remis comme avant.</numerusform>
            <numerusform>Annulé : %Ln remis comme avant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they are: someone changed them since.</source>
        <translation>
            <numerusform>%Ln laissé tel quel : quelqu’un l’a modifié depuis.</numerusform>
            <numerusform>%Ln laissés tels quels : quelqu’un les a modifiés depuis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the status change of %Ln signatories</source>
        <translation>
            <numerusform>&amp;Annuler le changement de statut de %Ln signataire</numerusform>
            <numerusform>&amp;Annuler le changement de statut de %Ln signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</source>
        <translation>
            <numerusform>L’annulation du changement de statut de %Ln signataire est encore en cours. L’interrompre la défait entièrement : le changement reste.</numerusform>
            <numerusform>L’annulation du changement de statut de %Ln signataires est encore en cours. L’interrompre la défait entièrement : le changement reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</source>
        <translation>
            <numerusform>Invitation mise en file pour %Ln signataire, à relire dans la boîte d’envoi : il passera à « Invité » à l’envoi.</numerusform>
            <numerusform>Invitation mise en file pour %Ln signataires, à relire dans la boîte d’envoi : ils passeront à « Invité » à l’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (no usable address, or the invitation does not apply).</source>
        <translation>
            <numerusform>%Ln laissé de côté (pas d’adresse utilisable, ou l’invitation ne s’applique pas).</numerusform>
            <numerusform>%Ln laissés de côté (pas d’adresse utilisable, ou l’invitation ne s’applique pas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</source>
        <translation>
            <numerusform>%Ln signataire marqué « ne pas publier » : il reste hors de toute lettre et de toute édition publiques, et ne figure que dans un exemplaire de remise.</numerusform>
            <numerusform>%Ln signataires marqués « ne pas publier » : ils restent hors de toute lettre et de toute édition publiques, et ne figurent que dans un exemplaire de remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories no longer marked “do not publish”: the letter prints them again.</source>
        <translation>
            <numerusform>%Ln signataire n’est plus marqué « ne pas publier » : la lettre l’imprime de nouveau.</numerusform>
            <numerusform>%Ln signataires ne sont plus marqués « ne pas publier » : la lettre les imprime de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “do not publish” of %Ln signatories</source>
        <translation>
            <numerusform>Annuler « ne pas publier » pour %Ln signataire</numerusform>
            <numerusform>Annuler « ne pas publier » pour %Ln signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo publishing %Ln signatories again</source>
        <translation>
            <numerusform>Annuler la remise en liste de %Ln signataire</numerusform>
            <numerusform>Annuler la remise en liste de %Ln signataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Status change cancelled; no signatory was changed.</source>
        <translation>Changement de statut annulé ; aucun signataire n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back as they were before (Ctrl+Z)</source>
        <extracomment>what the last write that moved rows can be undone with</extracomment>
        <translation>Les remettre comme avant (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo cancelled; the change stays as it was.</source>
        <translation>Annulation interrompue ; le changement reste tel quel.</translation>
    </message>
    <message>
        <source>already {status}: {names}</source>
        <translation>déjà au statut « {status} » : {names}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>from {status}: {names}</source>
        <translation>depuis « {status} » : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation>
            <numerusform>%Ln inchangé — le circuit ne permet pas « {status} » {reasons}.</numerusform>
            <numerusform>%Ln inchangés — le circuit ne permet pas « {status} » {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>Les sélectionner</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>the selection to restore when the rows being read arrive</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Already in the directory as “{name}”: that entry will be used.</source>
        <translation>Déjà dans l’annuaire sous « {name} » : cette entrée sera utilisée.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>{error}.

Reload shows their version in the table; your edit stays in the form so you can save it again over theirs.</source>
        <translation>{error}.

Recharger affiche leur version dans le tableau ; votre modification reste dans le formulaire pour que vous puissiez l’enregistrer à nouveau par-dessus.</translation>
    </message>
    <message>
        <source>Already on this campaign as “{name}” ({status}).</source>
        <translation>Déjà dans cette campagne sous le nom « {name} » ({status}).</translation>
    </message>
    <message>
        <source>This campaign has “{name}” ({status}): the same signatory?</source>
        <translation>Cette campagne a « {name} » ({status}) : le même signataire ?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation>
            <numerusform>%Ln signataire retiré de la campagne.</numerusform>
            <numerusform>%Ln signataires retirés de la campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error}. Their version is shown now; edit the cell again to change it.</source>
        <translation>{error}. Leur version est maintenant affichée ; modifiez de nouveau la cellule pour la changer.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Forget this private contact? This cannot be undone.</source>
        <translation>Oublier ce contact privé ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation>
            <numerusform>%Ln signataire doit reconfirmer avant de figurer dans la lettre.</numerusform>
            <numerusform>%Ln signataires doivent reconfirmer avant de figurer dans la lettre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation>
            <numerusform>%Ln signataire passé en « À reconfirmer » ; envoyez-lui le nouveau texte depuis Mobilisation.</numerusform>
            <numerusform>%Ln signataires passés en « À reconfirmer » ; envoyez-leur le nouveau texte depuis Mobilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <extracomment>what the last merge can be undone with</extracomment>
        <translation>« {gone} » fusionné dans « {kept} ».</translation>
    </message>
    <message>
        <source>Undo the merge of “{kept}” and “{gone}”</source>
        <translation>Annuler la fusion de « {kept} » et « {gone} »</translation>
    </message>
    <message>
        <source>Make them two entries again, as they were before the merge (Ctrl+Z)</source>
        <translation>En refaire deux entrées, comme avant la fusion (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>“{kept}” changed since the merge (its status, a message or an edit), so the merge can no longer be undone exactly.</source>
        <translation>« {kept} » a changé depuis la fusion (son statut, un message ou une modification) : la fusion ne peut plus être annulée à l’identique.</translation>
    </message>
    <message>
        <source>Merge undone: “{kept}” and “{gone}” are two entries again.</source>
        <translation>Fusion annulée : « {kept} » et « {gone} » sont de nouveau deux entrées.</translation>
    </message>
    <message>
        <source>Put the “do not publish” marks back as they were (Ctrl+Z)</source>
        <extracomment>(campaign id, the rows the last marking changed, the mark it set)</extracomment>
        <translation>Remettre les marques « ne pas publier » comme elles étaient (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: the “do not publish” marks are as they were.</source>
        <translation>Annulé : les marques « ne pas publier » sont comme avant.</translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message>
        <source>Signatory details</source>
        <extracomment>The contact table&apos;s columns: the address first, so a narrow side panel still shows it whole (it is what messages go to); the person after it. The most a contact column takes before its text is elided (the notes take what is left). The least a contact column is cut to in a panel too narrow for every header (room for a letter and &quot;…&quot;; the header&apos;s tooltip names it). Columns a narrow panel leaves out while no contact has a value in them (the notes first); they come back when the panel is widened. the selected contact&apos;s address: what the database holds about that person, and erasing it (issue 19) &quot;Merge…&quot; under &quot;2 signatories selected&quot; (the same signer entered twice) &quot;Do not publish&quot; ticked (True) or cleared (False) by the coordinator</extracomment>
        <translation>Détails du signataire</translation>
    </message>
    <message>
        <source>Select a signatory to see its details, private contacts and history.</source>
        <translation>Sélectionnez un signataire pour voir ses détails, ses contacts privés et son historique.</translation>
    </message>
    <message>
        <source>Merge these two…</source>
        <translation>Fusionner ces deux…</translation>
    </message>
    <message>
        <source>The same signatory entered twice: keep one entry, with the history, contacts and answer of both</source>
        <translation>Le même signataire saisi deux fois : garder une seule entrée, avec l’historique, les contacts et la réponse des deux</translation>
    </message>
    <message>
        <source>Mark as {status} (asks for channel and note)</source>
        <translation>Passer à « {status} » (demande le canal et une note)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>The status is wrong: correct it to any status, with the reason</source>
        <translation>Le statut est erroné : le corriger en n’importe quel statut, avec le motif</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <source>Left out of every public letter and edition (someone at risk, or who asked not to be named); printed only in a delivery copy for the addressee</source>
        <translation>Absent de toute lettre et de toute édition publiques (une personne en danger, ou qui a demandé à ne pas être nommée) ; ne figure que dans un exemplaire de remise au destinataire</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the public fields (double-click a row does too)</source>
        <translation>Modifier les champs publics (un double-clic sur une ligne aussi)</translation>
    </message>
    <message>
        <source>Private contacts</source>
        <translation>Contacts privés</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Données personnelles…</translation>
    </message>
    <message>
        <source>Everything held about the selected contact person, to answer their request: save it as a file, or erase it everywhere</source>
        <translation>Tout ce qui est conservé sur la personne de contact choisie, pour répondre à sa demande : l’enregistrer dans un fichier ou l’effacer partout</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Private contacts · never exported</source>
        <translation>Contacts privés · jamais exportés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation>
            <numerusform>%Ln signataire sélectionné.</numerusform>
            <numerusform>%Ln signataires sélectionnés. Changez leur statut d’un coup avec « Changer le statut… » ou le menu contextuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Corrected: {change} — {reason}</source>
        <translation>Corrigé : {change} — {reason}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>par {channel}</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Edit signatory</source>
        <translation>Modifier le signataire</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Association for Progressive Communications</source>
        <translation>p. ex. Association pour le progrès des communications</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>e.g. APC</source>
        <translation>p. ex. APC</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>name or code: Perú, UK, KE…</source>
        <translation>nom ou code : Pérou, UK, KE…</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Professor</source>
        <translation>p. ex. Professeure</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>for identification purposes only</source>
        <translation>à titre d’identification seulement</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Private notes (never exported)</source>
        <translation>Notes privées (jamais exportées)</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Signe en tant que</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation>p. ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>Not a country we know: check the spelling</source>
        <translation>Pays inconnu : vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation>Un signataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know.</source>
        <translation>« {country} » n’est pas un pays connu.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid email address.</source>
        <translation>« {email} » n’est pas une adresse électronique valide.</translation>
    </message>
</context>
<context>
    <name>SignatoryKind</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>SignatoryMergeDialog</name>
    <message>
        <source>Merge signatories</source>
        <translation>Fusionner des signataires</translation>
    </message>
    <message>
        <source>Merge two signatories</source>
        <translation>Fusionner deux signataires</translation>
    </message>
    <message>
        <source>The same signatory entered twice? Choose the entry to keep: the other one is merged into it.</source>
        <translation>Le même signataire saisi deux fois ? Choisissez l’entrée à garder : l’autre y est fusionnée.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Signe en tant que</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Other campaigns</source>
        <translation>Autres campagnes</translation>
    </message>
    <message>
        <source>The list and the letter show “{name}”; “{other}” is gone from this campaign.</source>
        <translation>La liste et la lettre affichent « {name} » ; « {other} » disparaît de cette campagne.</translation>
    </message>
    <message>
        <source>Status: {status}, the stronger answer (from “{whose}”), with its date and channel.</source>
        <translation>Statut : {status}, la réponse la plus forte (de « {whose} »), avec sa date et son canal.</translation>
    </message>
    <message numerus="yes">
        <source>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</source>
        <translation>
            <numerusform>Historique : %Ln événement des deux, dans une seule liste, plus un qui indique la fusion ; les notes des deux sont gardées.</numerusform>
            <numerusform>Historique : les %Ln événements des deux, dans une seule liste, plus un qui indique la fusion ; les notes des deux sont gardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %Ln move to “{name}”.</source>
        <translation>
            <numerusform>Contacts : %Ln passe à « {name} ».</numerusform>
            <numerusform>Contacts : %Ln passent à « {name} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</source>
        <translation>
            <numerusform>L’annuaire : les deux organisations n’en font plus qu’une, « {name} », aussi dans %Ln autre campagne.</numerusform>
            <numerusform>L’annuaire : les deux organisations n’en font plus qu’une, « {name} », aussi dans %Ln autres campagnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact: the one of “{whose}” stays; the other is written into the notes.</source>
        <translation>Contact : celui de « {whose} » reste ; l’autre est ajouté aux notes.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back.</source>
        <translation>Édition → Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>Merging will:</source>
        <translation>Avec la fusion :</translation>
    </message>
</context>
<context>
    <name>SignatoryPolicy</name>
    <message>
        <source>Organisations only</source>
        <translation>Organisations uniquement</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>Personnes uniquement</translation>
    </message>
    <message>
        <source>Organisations and individuals</source>
        <translation>Organisations et personnes</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Do not publish: left out of every public letter and edition, printed only in a delivery copy</source>
        <extracomment>The workflow&apos;s order, used to sort the status column and list the counts. The statuses an endorsement by reply leads to: the Verification column speaks of those only (a reply that declined, or bounced, endorses nothing). The Verification column&apos;s sort ranks: verified, by reply, nothing. Folded form of each word seen, bounded so a huge import cannot grow it forever. country code → its name in the interface language how many rows have each status the sort keys of the name column (`name_keys`) the rows&apos; order by name, ascending (the table&apos;s default order) Rows sorted at a time by `sorted_in_slices`: one slice holds the lock for about 40 ms, and a campaign of up to this many needs no merge (the merge is Python, several times slower than the sort). Items freed at a time by `let_go`: a couple of milliseconds each. the rows `show_prepared` showed (`add_search` is for them alone, though edits since replaced some in `_rows`), and the positions of those replaced (their search texts, folded from the old rows, are folded again when they arrive) signatory id → the applied reply behind its status (`store.replies.Verification`) the signatories marked &quot;do not publish&quot;: a padlock by the name</extracomment>
        <translation>Ne pas publier : absent de toute lettre et de toute édition publiques, ne figure que dans un exemplaire de remise</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>by reply, not verified</source>
        <translation>par réponse, non vérifiée</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}: the address is the organisation&apos;s and its mail system vouched for the message.</source>
        <translation>Signature par une réponse de {address}, appliquée le {date} : l’adresse est à l’organisation et son système de messagerie se porte garant du message.</translation>
    </message>
    <message>
        <source>Endorsed by a reply from {address}, applied {date}, whose sender could not be verified: confirm it another way (a call, a second address).</source>
        <translation>Signature par une réponse de {address}, appliquée le {date}, dont l’expéditeur n’a pas pu être vérifié : confirmez-la autrement (un appel, une autre adresse).</translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (en général port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation>Envoi de courriels (SMTP)</translation>
    </message>
    <message>
        <source>Email sending settings</source>
        <translation>Paramètres d’envoi des courriels</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>Laisser vide si le serveur ne demande pas d’identification</translation>
    </message>
    <message>
        <source>Name shown to recipients</source>
        <translation>Nom affiché aux destinataires</translation>
    </message>
    <message>
        <source> messages a minute</source>
        <translation> messages par minute</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse d’expédition :</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nom de l’expéditeur :</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>Rythme d’envoi :</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation>Rythme d’envoi</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>The campaign&apos;s statement</source>
        <extracomment>the letter without its text: `with_sections` puts the text being edited in `context_state` when it was read the version status and banner over the text, and what Freeze asks, are right from the first moment the text can be edited `base_letter` without signatories: the preview until the context is read starter blocks added now (a new database&apos;s first start) the stored text, when its revision is not the one the editor holds</extracomment>
        <translation>La déclaration de la campagne</translation>
    </message>
    <message>
        <source>Preview language</source>
        <extracomment>the ways out of a team conflict: show their text, copy ours, save ours</extracomment>
        <translation>Langue de l’aperçu</translation>
    </message>
    <message>
        <source>Preview the letter in this language</source>
        <translation>Afficher l’aperçu de la lettre dans cette langue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu de la lettre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Starter block library not added: {error}</source>
        <extracomment>the campaign shown, the signatories its preview lists, and who endorsed which version (read again by `refresh_context`) a translation language the Export tab asked to show (`show_translation`) a check for teammates&apos; changes ended while the text was on its way (`_changes_read`): it runs again once the text is shown the letter without its text, from the context; None until it is read the same without signatories, which the text comes with (`StatementOpening`) what the preview says where the names go while it has no context (reading them, or why they could not be read); &quot;&quot; once it has one</extracomment>
        <translation>Bibliothèque de blocs de départ non ajoutée : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation>
            <numerusform>Bibliothèque de blocs créée avec %Ln bloc de départ</numerusform>
            <numerusform>Bibliothèque de blocs créée avec %Ln blocs de départ</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to draft its statement.</source>
        <translation>Choisissez une campagne pour rédiger sa déclaration.</translation>
    </message>
    <message>
        <source>Reading the signatories…</source>
        <translation>Lecture des signataires…</translation>
    </message>
    <message>
        <source>draft, not frozen yet</source>
        <translation>brouillon, pas encore figé</translation>
    </message>
    <message>
        <source>edited since version {number}</source>
        <translation>modifiée depuis la version {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation>
            <numerusform>%Ln signature du texte précédent devra être reconfirmée quand vous figerez le nouveau texte.</numerusform>
            <numerusform>%Ln signatures du texte précédent devront être reconfirmées quand vous figerez le nouveau texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsement is affected yet: nobody has endorsed an earlier version.</source>
        <translation>Aucune signature n’est concernée pour l’instant : personne n’a signé de version antérieure.</translation>
    </message>
    <message>
        <source>You are editing the text after version {number} was frozen.</source>
        <translation>Vous modifiez le texte après avoir figé la version {number}.</translation>
    </message>
    <message>
        <source>version {number}, frozen {date}</source>
        <translation>version {number}, figée le {date}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation>
            <numerusform>%Ln signature porte sur une version antérieure à la {number} et doit être reconfirmée.</numerusform>
            <numerusform>%Ln signatures portent sur une version antérieure à la {number} et doivent être reconfirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed, retrying: {error}</source>
        <translation>L’enregistrement automatique a échoué, nouvel essai : {error}</translation>
    </message>
    <message>
        <source>&amp;Reload their text</source>
        <translation>&amp;Recharger leur texte</translation>
    </message>
    <message>
        <source>Show the text as it is now saved (Ctrl+Z brings yours back)</source>
        <translation>Afficher le texte tel qu’il est enregistré (Ctrl+Z ramène le vôtre)</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>&amp;Copier mon texte</translation>
    </message>
    <message>
        <source>Put your version of the statement on the clipboard</source>
        <translation>Copier votre version de la déclaration dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
    <message>
        <source>Save your text over theirs</source>
        <translation>Enregistrer votre texte par-dessus le leur</translation>
    </message>
    <message>
        <source>&lt;b&gt;The statement was changed by someone else&lt;/b&gt; since you opened it; your latest edits are not saved. Reload?</source>
        <translation>&lt;b&gt;Quelqu’un d’autre a modifié la déclaration&lt;/b&gt; depuis que vous l’avez ouverte ; vos dernières modifications ne sont pas enregistrées. Recharger ?</translation>
    </message>
    <message>
        <source>Text saved by someone else</source>
        <translation>Texte enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The statement was updated by someone else</source>
        <translation>Quelqu’un d’autre a mis à jour la déclaration</translation>
    </message>
    <message>
        <source>Reload their text</source>
        <translation>Recharger leur texte</translation>
    </message>
    <message>
        <source>Their text is shown; Ctrl+Z brings yours back</source>
        <translation>Leur texte est affiché ; Ctrl+Z ramène le vôtre</translation>
    </message>
    <message>
        <source>Your text is on the clipboard</source>
        <translation>Votre texte est dans le presse-papiers</translation>
    </message>
    <message>
        <source>Your text is saved</source>
        <translation>Votre texte est enregistré</translation>
    </message>
    <message>
        <source>Not frozen: {error}</source>
        <translation>Non figée : {error}</translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation>Version {number} figée</translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation>Restaurer la version {number}</translation>
    </message>
    <message>
        <source>Version {number} restored as the current text; freeze it to make it a new version</source>
        <translation>Version {number} restaurée comme texte actuel ; figez-la pour en faire une nouvelle version</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Prospect</source>
        <translation>À inviter</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>A signé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Needs reconfirmation</source>
        <translation>À reconfirmer</translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation>
            <numerusform>%Ln à inviter</numerusform>
            <numerusform>%Ln à inviter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation>
            <numerusform>%Ln relancé</numerusform>
            <numerusform>%Ln relancés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation>
            <numerusform>%Ln a signé</numerusform>
            <numerusform>%Ln ont signé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln a décliné</numerusform>
            <numerusform>%Ln ont décliné</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation>
            <numerusform>%Ln sans réponse</numerusform>
            <numerusform>%Ln sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retiré</numerusform>
            <numerusform>%Ln retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs reconfirmation</source>
        <translation>
            <numerusform>%Ln à reconfirmer</numerusform>
            <numerusform>%Ln à reconfirmer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation>
            <numerusform>Changer le statut de %Ln signataire</numerusform>
            <numerusform>Changer le statut de %Ln signataires</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. replied to the invitation of 3 May</source>
        <translation>p. ex. a répondu à l’invitation du 3 mai</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation>
            <numerusform>%Ln passera au statut « {status} ».</numerusform>
            <numerusform>%Ln passeront au statut « {status} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation>
            <numerusform>%Ln restera inchangé (le circuit ne permet pas « {status} » après {previous}).</numerusform>
            <numerusform>%Ln resteront inchangés (le circuit ne permet pas « {status} » après {previous}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInSentence</name>
    <message>
        <source>prospect</source>
        <extracomment>The same statuses inside a sentence (&quot;3 moved to endorsed&quot;): lower case in English, whatever reads naturally in a sentence elsewhere.</extracomment>
        <translation>à inviter</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>reminded</source>
        <translation>relancé</translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation>a signé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>a décliné</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>needs reconfirmation</source>
        <translation>à reconfirmer</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status of the new signatories</source>
        <translation>Statut des nouveaux signataires</translation>
    </message>
    <message>
        <source>Each row gets the status in the file&apos;s “{column}” column; rows with an empty cell get:</source>
        <translation>Chaque ligne reçoit le statut de la colonne « {column} » du fichier ; les lignes dont la cellule est vide reçoivent :</translation>
    </message>
    <message>
        <source>Status of rows with an empty cell</source>
        <translation>Statut des lignes dont la cellule est vide</translation>
    </message>
    <message>
        <source>The file has no status column. Choose the status the new signatories get: “{endorsed}” for a form of endorsements, “{prospect}” for a list of groups to invite.</source>
        <translation>Le fichier n’a pas de colonne de statut. Choisissez le statut des nouveaux signataires : « {endorsed} » pour un formulaire de signatures, « {prospect} » pour une liste de groupes à inviter.</translation>
    </message>
    <message>
        <source>Status to give</source>
        <translation>Statut à attribuer</translation>
    </message>
    <message>
        <source>Signatories already on this campaign are skipped and keep their status; organisations already in the directory are reused.</source>
        <translation>Les signataires déjà présents dans cette campagne sont ignorés et gardent leur statut ; les organisations déjà dans l’annuaire sont réutilisées.</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Reconfirmation</source>
        <translation>Reconfirmation</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>New custom template</source>
        <translation>Nouveau modèle personnalisé</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Name (custom templates)</source>
        <translation>Nom (modèles personnalisés)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insérer :</translation>
    </message>
    <message>
        <source>Insert {placeholder}</source>
        <translation>Insérer {placeholder}</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Revenir au modèle par défaut</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Preview for signatory</source>
        <translation>Aperçu pour le signataire</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>{kind} (new)</source>
        <translation>{kind} (nouveau)</translation>
    </message>
    <message>
        <source>Another coordinator saved “{template}” while you were editing it, so nothing was saved. Your text is still in the editor: save again to replace their version with yours.</source>
        <translation>Un autre coordinateur a enregistré « {template} » pendant que vous le modifiiez : rien n’a été enregistré. Votre texte est toujours dans l’éditeur : enregistrez à nouveau pour remplacer sa version par la vôtre.</translation>
    </message>
    <message>
        <source>Do you want to delete the template “{name}”? Your changes to it will be lost.</source>
        <translation>Voulez-vous supprimer le modèle « {name} » ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Do you want to go back to the standard wording of “{name}”? Your changes to it will be lost.</source>
        <translation>Voulez-vous revenir au texte standard de « {name} » ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add signatories to preview a message.</source>
        <translation>Ajoutez des signataires pour avoir un aperçu d’un message.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d’adresse</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Translate:</source>
        <translation>Traduire :</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Langue de traduction</translation>
    </message>
    <message>
        <source>Edit the translation into this language beside the primary text</source>
        <translation>Modifier la traduction dans cette langue à côté du texte principal</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Langue</translation>
    </message>
    <message>
        <source>Add a translation language to the campaign</source>
        <translation>Ajouter une langue de traduction à la campagne</translation>
    </message>
    <message>
        <source>Add a translation language</source>
        <translation>Ajouter une langue de traduction</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>Titre…</translation>
    </message>
    <message>
        <source>Translate the campaign title, addressee and signatory heading</source>
        <translation>Traduire le titre, le destinataire et le titre de la liste des signataires de la campagne</translation>
    </message>
    <message>
        <source>Translate title and addressee</source>
        <translation>Traduire le titre et le destinataire</translation>
    </message>
    <message>
        <source>Off ({language}, primary text)</source>
        <translation>Aucune ({language}, original)</translation>
    </message>
    <message>
        <source>No translation languages yet: add one with “+ Language” or in the campaign settings.</source>
        <translation>Pas encore de langue de traduction : ajoutez-en une avec « + Langue » ou dans les paramètres de la campagne.</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Was:</source>
        <extracomment>Below this width the primary text goes above the translation, not beside it. Unchanged words kept either side of a change in the diff: enough to find the place in the translation, short enough to see every change at once.</extracomment>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter adds “{first}, …” … “{last}, …” itself.</source>
        <translation>Traduisez-le sans sa formule d’introduction, comme dans le texte principal : la lettre ajoute elle-même « {first}, … » … « {last}, … ».</translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter numbers the items itself.</source>
        <translation>Traduisez-le sans sa formule d’introduction, comme dans le texte principal : la lettre numérote elle-même les points.</translation>
    </message>
    <message>
        <source>Heading translation</source>
        <translation>Traduction du titre</translation>
    </message>
    <message>
        <source>Lead sentence translation</source>
        <translation>Traduction de la phrase d’introduction</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Select a section or an item to translate it.</source>
        <translation>Sélectionnez une section ou un point pour le traduire.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation>Phrase d’introduction</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>This list has no heading or lead sentence to translate: select one of its items.</source>
        <translation>Cette liste n’a ni titre ni phrase d’introduction à traduire : sélectionnez l’un de ses points.</translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message>
        <source>Every text is translated into {language}.</source>
        <extracomment>Languages offered first when adding one (any other code can be typed).</extracomment>
        <translation>Tous les textes sont traduits en {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation>
            <numerusform>%Ln pas encore traduit (affiché en {language})</numerusform>
            <numerusform>%Ln pas encore traduits (affichés en {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation>
            <numerusform>%Ln périmée</numerusform>
            <numerusform>%Ln périmées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>current</source>
        <extracomment>Order of severity when a section has several fields.</extracomment>
        <translation>à jour</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>périmée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Sign-on user guide</source>
        <extracomment>The guide&apos;s pages in reading order: a person&apos;s journey through a campaign. docs/ also holds pages for developers (DEVELOPER_PAGES), which ship but are not listed; tests/ui/test_help.py fails on a page in neither.</extracomment>
        <translation>Guide d’utilisation de Sign-on</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Sign-on ({folder} is missing).</source>
        <translation>Le guide d’utilisation n’est pas installé avec cette copie de Sign-on ({folder} est absent).</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation>Versions de la déclaration</translation>
    </message>
    <message>
        <source>Current draft (not frozen)</source>
        <translation>Brouillon actuel (non figé)</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texte le plus ancien</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texte le plus récent</translation>
    </message>
    <message>
        <source>Older text with removed words struck through</source>
        <translation>Texte ancien, mots supprimés barrés</translation>
    </message>
    <message>
        <source>Newer text with added words highlighted</source>
        <translation>Texte récent, mots ajoutés surlignés</translation>
    </message>
    <message>
        <source>Make this version&apos;s text the current draft again. Versions are never changed: freeze the restored text to make it a new version.</source>
        <translation>Refaire du texte de cette version le brouillon actuel. Les versions ne changent jamais : figez le texte restauré pour en faire une nouvelle version.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>The text as it is now in the composer</source>
        <translation>Le texte tel qu’il est maintenant dans l’éditeur</translation>
    </message>
    <message>
        <source>Frozen: this text never changes</source>
        <translation>Figée : ce texte ne change plus</translation>
    </message>
    <message>
        <source>Frozen on {date}: this text never changes</source>
        <translation>Figée le {date} : ce texte ne change plus</translation>
    </message>
    <message>
        <source>The same text on both sides</source>
        <translation>Le même texte des deux côtés</translation>
    </message>
    <message>
        <source>Restore version {number} as current text</source>
        <translation>Restaurer la version {number} comme texte actuel</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>WordDiff</name>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation>
            <numerusform>%Ln mot supprimé</numerusform>
            <numerusform>%Ln mots supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation>
            <numerusform>%Ln mot ajouté</numerusform>
            <numerusform>%Ln mots ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Punctuation or spacing changed</source>
        <translation>Ponctuation ou espaces modifiés</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données Sign-on (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Sign-on</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Put {path} in place of this file; the file it replaces is kept in the backups folder</source>
        <translation>Mettre {path} à la place de ce fichier ; le fichier remplacé est conservé dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Open a Sign-on database</source>
        <translation>Ouvrir une base de données Sign-on</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{path}: is open in another Sign-on window ({holder}); switch to that window, or open another file</source>
        <translation>{path} : est ouverte dans une autre fenêtre de Sign-on ({holder}) ; passez à cette fenêtre ou ouvrez un autre fichier</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <extracomment>answers of `ask_duplicate` answers of `ask_invitation`</extracomment>
        <translation>Tableurs et exports de formulaires (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation>
            <numerusform>Retirer ce signataire de la campagne ? Son historique d’invitations et de réponses est aussi effacé ; les organisations restent dans l’annuaire.</numerusform>
            <numerusform>Retirer ces %Ln signataires de la campagne ? Leur historique d’invitations et de réponses est aussi effacé ; les organisations restent dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation>
            <numerusform>%Ln d’entre eux a signé la déclaration : le passer en « Retiré » en garde la trace.</numerusform>
            <numerusform>%Ln d’entre eux ont signé la déclaration : les passer en « Retiré » en garde la trace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation>Retirer de la campagne</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Passer en « Retiré »</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“{name}” is already on this campaign&apos;s list, as “{existing}” ({status}): it cannot be added twice.</source>
        <translation>« {name} » est déjà dans la liste de cette campagne, sous le nom « {existing} » ({status}) : impossible de l’ajouter deux fois.</translation>
    </message>
    <message>
        <source>This campaign already has a signatory like “{name}”; it may be the same one:</source>
        <translation>Cette campagne a déjà un signataire proche de « {name} » ; c’est peut-être le même :</translation>
    </message>
    <message>
        <source>Open the existing entry, or add “{name}” as another signatory.</source>
        <translation>Ouvrez l’entrée existante, ou ajoutez « {name} » comme un autre signataire.</translation>
    </message>
    <message>
        <source>Already on the list?</source>
        <translation>Déjà dans la liste ?</translation>
    </message>
    <message>
        <source>Open “{name}”</source>
        <translation>Ouvrir « {name} »</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message numerus="yes">
        <source>No invitation was sent to %Ln of them from Sign-on.</source>
        <translation>
            <numerusform>Aucune invitation n’a été envoyée depuis Sign-on à %Ln d’entre eux.</numerusform>
            <numerusform>Aucune invitation n’a été envoyée depuis Sign-on à %Ln d’entre eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue the invitation: it waits in the Outbox for you to review and send. They stay prospects, among the invitation&apos;s recipients, and become invited when it is sent.</source>
        <translation>Mettre l’invitation en file : elle attend dans la boîte d’envoi que vous la relisiez et l’envoyiez. Ils restent « À inviter », parmi les destinataires de l’invitation, et passent à « Invité » à l’envoi.</translation>
    </message>
    <message>
        <source>Mark invited: they were invited another way (by phone, from your own mailbox).</source>
        <translation>Passer à « Invité » : ils ont été invités autrement (par téléphone, depuis votre propre messagerie).</translation>
    </message>
    <message>
        <source>No invitation sent</source>
        <translation>Aucune invitation envoyée</translation>
    </message>
    <message>
        <source>Queue the invitation</source>
        <translation>Mettre l’invitation en file</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>Passer à « Invité »</translation>
    </message>
    <message>
        <source>Keep as prospects</source>
        <translation>Laisser « À inviter »</translation>
    </message>
    <message>
        <source>Import signatories</source>
        <translation>Importer des signataires</translation>
    </message>
</context>
</TS>
