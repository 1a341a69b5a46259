<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coalition sign-on campaigns, from draft statement to published letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None bundled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences of bundled resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No third-party resources with their own licence are bundled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, database and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLanguageDialog</name>
    <message>
        <source>Add a translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a language or type its code (such as es, fr, ar or pt-BR). Each section and item of the statement gets a translation into it, side by side with the primary text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language code such as es, fr, ar or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the campaign&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is already translated into this language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup written to {path}.</source>
        <extracomment>The first check waits until the window is up and idle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed ({message}); it will be tried again within the hour. File → Backups… shows the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>before a restore</source>
        <extracomment>Safety copies: &quot;&lt;stem&gt;.before-&lt;what&gt;-YYYYMMDD-HHMMSS[-n][.damaged].db&quot;. What each copy is; kept in English on the row, translated when shown (kind_text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (damaged file, kept as found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: backups cannot be written there ({error}); choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by SIGNON_BACKUP_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNON_BACKUP_DIR decides the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Team database&lt;/b&gt;: its server keeps the backups (pg_dump); Sign-on backs up database files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of {file}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups go to {folder}. Backups already written stay in {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database by the backup taken {taken}?

The database as it is now is kept in the backup folder first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Sign-on is open it backs this database up once a day; each backup is checked after writing. The newest backup of each of the last 14 days and of each of the last 8 weeks is kept. Copies made before a restore or a deletion are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database yet: Back up now writes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name shown in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording. Write concerns and recommendations without their lead-in, starting in lower case: “the paragraphs calling for …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. biometrics, surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the wording came from (statement, coalition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>{status} · no signatories yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaigns with their status and endorsement counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>New campaign</source>
        <extracomment>Offered languages (shown through ui.labels); any other BCP 47-like code can be typed. Stored as is: the letter translates the default heading into its language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the joint statement (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Joint statement on the UN AI resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the letter is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Member States of the UN General Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter (ordinals, dates, headings); pick one or type a code such as pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages the statement is also published in, comma-separated (e.g. es, fr, ar): each text gets a translation in the Statement tab, and the letter can be exported in each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. es, fr, ar (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when endorsements are open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for endorsements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to endorse; reminders are timed from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the campaign stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading above the signatory list in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory list order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How signatories are ordered in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign: decides how imported rows are read when they do not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep signatories who must reconfirm in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep signatories awaiting reconfirmation in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the text changes, endorsers must reconfirm; tick to keep listing them until they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory &amp;heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may &amp;sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: type a code such as en, es, fr or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations: “{code}” is not a language code; separate codes such as es, fr, ar with commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting the statement</source>
        <extracomment>The longer form the settings dialog offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting endorsements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed to new endorsements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTranslationDialog</name>
    <message>
        <source>Translate the title and addressee into {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <source>Introduction paragraph</source>
        <extracomment>What the Add menu adds (translated when shown, context &quot;ComposerPanel&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Statement&lt;/b&gt;</source>
        <extracomment>Title of a library block by id, for &quot;copied from …&quot; (set by the tab). The language being translated beside the primary text (None: off), the campaign&apos;s translation languages, and its title/addressee fields for the status summary (set by the tab).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare frozen versions, restore an old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current text an immutable numbered version that endorsements point at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section or an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item in the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected section or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or an item to edit it. Insert wording from the block library with Enter or by dragging it here, or add a section with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Nonetheless, there are concerns with the resolution:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-ins are computed from the order of the items: select an item to edit it, Alt+Up/Down to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraphs calling for …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it without its lead-in (“the paragraphs calling for …”): the letter adds “First, …”, “Second, …”, “Finally, …” and renumbers when items move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from library block “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The statement is empty: insert blocks from the library or use Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <extracomment>libpq&apos;s sslmode values offered, from none to the strictest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database that your coalition shares: every coordinator sees the same campaigns. Your tech volunteer gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keyring, ~/.pgpass or PGPASSWORD when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — no encryption (a server on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>No deadline set (set one in the campaign settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last day today · deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Form link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (form) or reply address — fills {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the messages — fills {coordinator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder days before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7,2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue due reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a reminder in the outbox for everyone who has not answered and was not written to since this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unanswered as no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the deadline: every invited or reminded signatory becomes no response (each change is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone written to has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder rounds are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder rounds: {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round of {date} is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder round is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Rejected rows are left out (fix them in the file and import it again); skipped ones are already on the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign holds one joint statement, the organisations and people you invite to endorse it, and the letter you publish with its signatory list.

Start your own, or explore a ready-made demo: a statement with concerns and recommendations, and about forty signatories from many countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a campaign holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new campaign (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a realistic example campaign to explore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>PDF document</source>
        <extracomment>Names shown in the preview: enough for the first pages; the file has all. Delay before the preview follows an option (several clicks, one rebuild). (format, name); names are translated when shown (context &quot;ExportTab&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory list (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign file (JSON, with private contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the letter</source>
        <extracomment>Which options mean something for which format.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the letter holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter in the chosen format (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy HTML snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the letter as an HTML snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as HTML without page or style, for a website or CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} (*{extension});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter in one of the campaign&apos;s languages: its translated text, dates and headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language side by side (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with the statement in two languages side by side and the signatories once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the campaign title at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s date under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Signed by 312 organisations and 45 individuals from 61 countries”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country after each name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Access Now (United States)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals in their own section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and individuals under two subheadings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“List as of …; signatures received after publication are added in later editions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign&apos;s order ({order})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign to see its letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{language}: {gaps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individuals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsed signatory yet: the letter has no signatory list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{organisations} and {individuals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsed by {signatories}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}; the letter uses version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}; the letter uses the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the campaign file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML snippet copied: paste it into your website or CMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCommand</name>
    <message>
        <source>Edit</source>
        <extracomment>Typing separated by a longer pause starts a new undo step. What Undo and Redo name (translated, context &quot;FieldCommand&quot;; &quot;Edit&quot; too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change section type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPane</name>
    <message>
        <source>What changed in the primary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary change does not affect this translation: keep it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} · primary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary text changed after this translation was made: update the translation, or mark it as up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a Google Form, Typeform or spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, Windows) is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: no rows below the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} will be an immutable snapshot of the current text, with its date and a content hash. Endorsements record the version they endorsed. A campaign still drafting moves to collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note (optional), e.g. “text agreed with partners”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some translations are not up to date with this text. You can freeze anyway (endorsers sign the primary text) and update them later:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (organisation or person)</source>
        <extracomment>Columns of an import mapped to signatory fields (signon.domain.fields).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (private contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / position (individuals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation (individuals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as (organisation / individual)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <extracomment>Statuses an import can give: a file of invitees (prospect, invited) or of answers (endorsed, declined).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import signatories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>Letter languages the campaign settings offer, in English; the list shows each translated, followed by its own name (NATIVE_LANGUAGE).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter preview</source>
        <extracomment>Inline styles on paragraphs: Qt&apos;s rich text keeps its own size steps for &lt;h1&gt;…&lt;h3&gt; whatever the CSS says, and ignores most of a &lt;style&gt; sheet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as it will be exported, updated as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endorsed signatories yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&lt;b&gt;Block library&lt;/b&gt;</source>
        <extracomment>language variants by group key, and the campaign&apos;s languages: an inserted block brings its variants in the translation languages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, text, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a copy of the block into the statement (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink from its translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add starter blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in {languages}: inserting it adds the campaign&apos;s translation languages too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block to read it; Enter or drag inserts a copy into the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block of this kind in another language to link: use Translate into to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks linked as translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block unlinked from its translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation added to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of “{title}” (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” from the library? Statements that use it keep their own copy of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Starter library: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import block library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block library (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export block library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Block library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter inserts the selected block into the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkVariantDialog</name>
    <message>
        <source>Link a translation of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks of the same kind in other languages. Link the one that says the same as this block: inserting either then brings the other as its translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListOrder</name>
    <message>
        <source>Alphabetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By date endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual (your own order)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Could not show the latest changes: {error}</source>
        <extracomment>Seconds one wait of the detector lasts before it looks for stop(). Seconds between attempts when the detector cannot be opened (a server that went away after the window opened). Changes arriving within this many milliseconds are one refresh. How long to wait before trying again when an edit is in progress.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Statement</source>
        <extracomment>(tab class, label, shortcut) in the order a campaign is worked on. The label names objects in English and is translated when shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign status and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns and campaign tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Sign-on database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked copy of the database into the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder and the backups in it: back up, restore one, change the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last campaign deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language and other choices that apply to every campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected campaign in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the campaign&apos;s statement and signatories (reset to prospect) into a new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected campaign (asks first, takes a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, addressee, language, deadline, status and signatory list options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PostgreSQL database shared by your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, database path and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the campaign list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{menu} menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{title}”: same statement, signatories reset to prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its statement, versions and {signatories} will be removed. Organisations stay in your directory.

A backup is taken first, and Edit → Undo puts the campaign back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.{backup} Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “{title}” back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo campaign loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds. Guessed from the headers; a choice you make is remembered for the next file with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the name of the organisation or person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field comes from one column: {fields} is chosen more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that may have been entered twice. Nothing is merged unless you choose to: a merge keeps both entries&apos; endorsements, contacts and history under the name you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are different groups: stop suggesting this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{gone}” into “{kept}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>Ordinal words (numbered in this language)</source>
        <extracomment>List numbering styles; the composer shows the ordinal style with the letter language&apos;s own words (&quot;First, Second … Finally&quot;) when it has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.  2.  3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  Bullets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationType</name>
    <message>
        <source>NGO</source>
        <extracomment>Suggested organisation types (the field stays free text, stored as typed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (queued, failed, uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, sender address and password for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to read it as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every queued and failed message by SMTP, one at a time at the set rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the message being sent; the rest stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected messages out of sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put excluded messages back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected messages that were never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per message, to send from your own mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent the selected messages yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uncertain message was delivered after all (found in your Sent folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uncertain message did not arrive: queue it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bounce came back: flag the address on the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the messages as .eml files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: no new message starts until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {done} of {total}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain messages may have arrived: check your Sent folder, then click It arrived or Send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed messages go again with the next Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>(empty item: write it or delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete removes, Enter edits the selected text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach to prospective signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign to write to its signatories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>the signatory&apos;s name (the organisation, or the person)</source>
        <extracomment>What each message placeholder inserts (signon.outreach.templates.PLACEHOLDERS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline, as a long date in the template&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current text of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form or reply address of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinator&apos;s name (signs the message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Sign-on will be in {language} the next time it starts.</source>
        <extracomment>Source texts shown in the chosen language as well (see _in_language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; letters have their own language in each campaign&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable}={value} is set: it decides the language while it stays set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Template to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet (invited or reminded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address fixed: clear flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses were corrected: stop treating them as invalid or bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placeholder} has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} of {total} checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing every row in one transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories added to the campaign.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitle</name>
    <message>
        <source>Introduction</source>
        <extracomment>The row&apos;s translation status (&quot;missing&quot;, &quot;outdated&quot;, &quot;current&quot;) in the chosen translation language, None when it has nothing to translate. What a section is called in the outline and the composer (translated when shown: section_title).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>The campaign&apos;s signatories</source>
        <extracomment>Debounce of the search field: long enough to skip the intermediate states of fast typing, short enough to feel immediate. Above this many changed rows, re-read the whole table instead. Width the name column keeps before the other columns grow, in pixels. Keyboard shortcuts that open the status dialog on the selection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, acronym, country, affiliation  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counts per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to reconfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark them “needs reconfirmation”: they leave the letter until they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change does not need a new answer: stop asking until another version is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print them in the letter until they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation or an individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import signatories from a form export or spreadsheet (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected signatories from this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find organisations entered twice and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the side panel (contacts and history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selection as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>already {status}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {status}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the directory as “{name}”: that entry will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}.

Reload shows their version in the table; your edit stays in the form so you can save it again over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{error}. Their version is shown now; edit the cell again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this private contact? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message>
        <source>Signatory details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a signatory to see its details, private contacts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as {status} (asks for channel and note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the public fields (double-click a row does too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private contacts · never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Edit signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Association for Progressive Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. APC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or code: Perú, UK, KE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for identification purposes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes (never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a country we know: check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signatory needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{country}” is not a country we know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryKind</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryPolicy</name>
    <message>
        <source>Organisations only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and individuals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email sending (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sending settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown to recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual port ({port})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>The campaign&apos;s statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview language</source>
        <extracomment>the campaign&apos;s statement_revision this text is based on (team mode: a save based on an older one is refused instead of overwriting)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the letter in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter block library not added: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign to draft its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not frozen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited since version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No endorsement is affected yet: nobody has endorsed an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing the text after version {number} was frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number}, frozen {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed, retrying: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it is now saved (Ctrl+Z brings yours back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your version of the statement on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The statement was changed by someone else&lt;/b&gt; since you opened it; your latest edits are not saved. Reload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was updated by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is shown; Ctrl+Z brings yours back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not frozen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} restored as the current text; freeze it to make it a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconfirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs reconfirmation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. replied to the invitation of 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInSentence</name>
    <message>
        <source>prospect</source>
        <extracomment>The same statuses inside a sentence (&quot;3 moved to endorsed&quot;): lower case in English, whatever reads naturally in a sentence elsewhere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reconfirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Status of the new signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file says nothing about whether its rows endorsed: choose. A form of endorsements is “Endorsed”; a list of groups to ask is “Prospect”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories already on this campaign are skipped and keep their status; organisations already in the directory are reused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (custom templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {placeholder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to delete the template “{name}”? Your changes to it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to go back to the standard wording of “{name}”? Your changes to it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signatories to preview a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <source>Translate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the translation into this language beside the primary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a translation language to the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate the campaign title, addressee and signatory heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate title and addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off ({language}, primary text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation languages yet: add one with “+ Language” or in the campaign settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Was:</source>
        <extracomment>Below this width the primary text goes above the translation, not beside it. Unchanged words kept either side of a change in the diff: enough to find the place in the translation, short enough to see every change at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter adds “{first}, …” … “{last}, …” itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate it without its lead-in, as in the primary text: the letter numbers the items itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sentence translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or an item to translate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has no heading or lead sentence to translate: select one of its items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message>
        <source>Every text is translated into {language}.</source>
        <extracomment>Languages offered first when adding one (any other code can be typed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>current</source>
        <extracomment>Order of severity when a section has several fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current draft (not frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older text with removed words struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer text with added words highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this version&apos;s text the current draft again. Versions are never changed: freeze the restored text to make it a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text as it is now in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version {number} as current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordDiff</name>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Punctuation or spacing changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {path} in place of this file; the file it replaces is kept in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Sign-on database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>{path}: is open in another Sign-on window ({holder}); switch to that window, or open another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import signatories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
