<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkStatusStrip</name>
    <message numerus="yes">
        <source>Undoing the status change of %Ln signatories…</source>
        <translation>
            <numerusform>Undoing the status change of %Ln signatory…</numerusform>
            <numerusform>Undoing the status change of %Ln signatories…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correcting %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Correcting %Ln signatory to {status}…</numerusform>
            <numerusform>Correcting %Ln signatories to {status}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln signatories to {status}…</source>
        <translation>
            <numerusform>Moving %Ln signatory to {status}…</numerusform>
            <numerusform>Moving %Ln signatories to {status}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message numerus="yes">
        <source>{status} · %Ln endorsed of {total}</source>
        <translation>
            <numerusform>{status} · %Ln endorsed of {total}</numerusform>
            <numerusform>{status} · %Ln endorsed of {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln verified</numerusform>
            <numerusform>%Ln verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty sections: {names} (not printed; write them or delete them)</source>
        <translation>
            <numerusform>Empty section: {names} (not printed; write it or delete it)</numerusform>
            <numerusform>Empty sections: {names} (not printed; write them or delete them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty items (not printed)</source>
        <translation>
            <numerusform>%Ln empty item (not printed)</numerusform>
            <numerusform>%Ln empty items (not printed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message numerus="yes">
        <source>Correct the status of %Ln signatories</source>
        <translation>
            <numerusform>Correct the status of %Ln signatory</numerusform>
            <numerusform>Correct the status of %Ln signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be corrected to {status}.</source>
        <translation>
            <numerusform>%Ln will be corrected to {status}.</numerusform>
            <numerusform>%Ln will be corrected to {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already {status} will stay as they are.</source>
        <translation>
            <numerusform>%Ln already {status} will stay as it is.</numerusform>
            <numerusform>%Ln already {status} will stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message numerus="yes">
        <source>%Ln days left · deadline {date}</source>
        <translation>
            <numerusform>%Ln day left · deadline {date}</numerusform>
            <numerusform>%Ln days left · deadline {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %Ln days ago ({date})</source>
        <translation>
            <numerusform>Deadline passed %Ln day ago ({date})</numerusform>
            <numerusform>Deadline passed %Ln days ago ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not answered yet</source>
        <translation>
            <numerusform>%Ln has not answered yet</numerusform>
            <numerusform>%Ln have not answered yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round of {date}: %Ln reminders in the outbox for you to review and send.</source>
        <translation>
            <numerusform>Round of {date}: %Ln reminder in the outbox for you to review and send.</numerusform>
            <numerusform>Round of {date}: %Ln reminders in the outbox for you to review and send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln (no usable address or already answered).</source>
        <translation>
            <numerusform>Left out %Ln (no usable address or already answered).</numerusform>
            <numerusform>Left out %Ln (no usable address or already answered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</source>
        <translation>
            <numerusform>Mark the signatory who has not answered as no response? Each change is recorded; a late answer can still be entered.</numerusform>
            <numerusform>Mark the %Ln signatories who have not answered as no response? Each change is recorded; a late answer can still be entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked as no response.</source>
        <translation>
            <numerusform>%Ln signatory marked as no response.</numerusform>
            <numerusform>%Ln signatories marked as no response.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message numerus="yes">
        <source>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</numerusform>
            <numerusform>%Ln will be added as the file says ({statuses}); merged rows join an organisation already in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be added as {status}; merged rows join an organisation already in the directory.</source>
        <translation>
            <numerusform>%Ln will be added as {status}; merged rows join an organisation already in the directory.</numerusform>
            <numerusform>%Ln will be added as {status}; merged rows join an organisation already in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>Import %Ln</numerusform>
            <numerusform>Import %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty rows ignored.</source>
        <translation>
            <numerusform>%Ln empty row ignored.</numerusform>
            <numerusform>%Ln empty rows ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message numerus="yes">
        <source>Edition {number}, published {date}: %Ln names, statement version {version}.</source>
        <translation>
            <numerusform>Edition {number}, published {date}: %Ln name, statement version {version}.</numerusform>
            <numerusform>Edition {number}, published {date}: %Ln names, statement version {version}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message numerus="yes">
        <source>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</source>
        <translation>
            <numerusform>%Ln list without a lead sentence ({sections}): its items follow the text before it directly. Add one in the Statement tab.</numerusform>
            <numerusform>%Ln lists without a lead sentence ({sections}): their items follow the text before them directly. Add one in the Statement tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts not translated yet (printed in {language})</source>
        <translation>
            <numerusform>%Ln text not translated yet (printed in {language})</numerusform>
            <numerusform>%Ln texts not translated yet (printed in {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated translations</source>
        <translation>
            <numerusform>%Ln outdated translation</numerusform>
            <numerusform>%Ln outdated translations</numerusform>
        </translation>
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
            <numerusform>%Ln individual</numerusform>
            <numerusform>%Ln individuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Endorsed by {signatories} from %Ln countries</source>
        <translation>
            <numerusform>Endorsed by {signatories} from %Ln country</numerusform>
            <numerusform>Endorsed by {signatories} from %Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories have characters that no font of the letter can draw.</source>
        <translation>
            <numerusform>%Ln signatory has characters that no font of the letter can draw.</numerusform>
            <numerusform>%Ln signatories have characters that no font of the letter can draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>{file} has %Ln worksheets: choose the one with the signatories, then Next.</source>
        <translation>
            <numerusform>{file} has %Ln worksheet: choose it, then Next.</numerusform>
            <numerusform>{file} has %Ln worksheets: choose the one with the signatories, then Next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message numerus="yes">
        <source>%Ln endorsements of earlier text will need reconfirmation.</source>
        <translation>
            <numerusform>%Ln endorsement of earlier text will need reconfirmation.</numerusform>
            <numerusform>%Ln endorsements of earlier text will need reconfirmation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; new</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; merged</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; merged</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; skipped</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; rejected</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejected</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message numerus="yes">
        <source>… and %Ln more, listed in every export.</source>
        <translation>
            <numerusform>… and %Ln more, listed in every export.</numerusform>
            <numerusform>… and %Ln more, listed in every export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message numerus="yes">
        <source>%Ln signers: one closing line may read better.</source>
        <translation>
            <numerusform>%Ln signer: one closing line may read better.</numerusform>
            <numerusform>%Ln signers: one closing line may read better.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>{shown} of %Ln blocks</source>
        <translation>
            <numerusform>{shown} of %Ln block</numerusform>
            <numerusform>{shown} of %Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln blocks to {file}</source>
        <translation>
            <numerusform>Exported %Ln block to {file}</numerusform>
            <numerusform>Exported %Ln blocks to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks added</source>
        <translation>
            <numerusform>%Ln block added</numerusform>
            <numerusform>%Ln blocks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln signatories ({endorsed} endorsed) with their history</source>
        <translation>
            <numerusform>%Ln signatory ({endorsed} endorsed) with its history</numerusform>
            <numerusform>%Ln signatories ({endorsed} endorsed) with their history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln possible duplicates.</source>
        <translation>
            <numerusform>%Ln possible duplicate.</numerusform>
            <numerusform>%Ln possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “{gone}” into “{kept}”, %Ln signatories combined.</source>
        <translation>
            <numerusform>Merged “{gone}” into “{kept}”, %Ln signatory combined.</numerusform>
            <numerusform>Merged “{gone}” into “{kept}”, %Ln signatories combined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <source>Opens up to %Ln selected messages as drafts</source>
        <translation>
            <numerusform>Opens the selected message as a draft</numerusform>
            <numerusform>Opens up to %Ln selected messages as drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln waiting</source>
        <translation>
            <numerusform>Send %Ln waiting</numerusform>
            <numerusform>Send %Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages selected.</source>
        <translation>
            <numerusform>%Ln message selected.</numerusform>
            <numerusform>%Ln messages selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</source>
        <translation>
            <numerusform>Mark the selected message as sent? Invitations and reminders move their signatories to invited or reminded.</numerusform>
            <numerusform>Mark %Ln selected messages as sent? Invitations and reminders move their signatories to invited or reminded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln unsent messages from the outbox?</source>
        <translation>
            <numerusform>Remove %Ln unsent message from the outbox?</numerusform>
            <numerusform>Remove %Ln unsent messages from the outbox?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</source>
        <translation>
            <numerusform>Saved %Ln .eml file in {folder}. Once you have sent it, select it here and click Mark as sent.</numerusform>
            <numerusform>Saved %Ln .eml files in {folder}. Once you have sent them, select them here and click Mark as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</source>
        <translation>
            <numerusform>Opened %Ln message in your mail program. Once it is sent, click Mark as sent.</numerusform>
            <numerusform>Opened %Ln messages in your mail program. Once they are sent, click Mark as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</source>
        <translation>
            <numerusform>The outbox is still being sent (%Ln message). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</numerusform>
            <numerusform>The outbox is still being sent (%Ln messages). Cancelling stops after the message being sent: messages already sent stay sent, the others stay in the outbox for the next Send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled. %Ln messages are still queued.</source>
        <translation>
            <numerusform>Sending cancelled. %Ln message is still queued.</numerusform>
            <numerusform>Sending cancelled. %Ln messages are still queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message numerus="yes">
        <source>%Ln queued</source>
        <extracomment>The outbox table&apos;s state column (after signatory, to, address, kind, subject).</extracomment>
        <translation>
            <numerusform>%Ln queued</numerusform>
            <numerusform>%Ln queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln uncertain</numerusform>
            <numerusform>%Ln uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln bounced</numerusform>
            <numerusform>%Ln bounced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluded</numerusform>
            <numerusform>%Ln excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message numerus="yes">
        <source>%n place(s) in the database hold data of this person.</source>
        <translation>
            <numerusform>%n place in the database holds data of this person.</numerusform>
            <numerusform>%n places in the database hold data of this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the backups and safety copies still hold(s) the address.</source>
        <translation>
            <numerusform>%n of the backups and safety copies still holds the address.</numerusform>
            <numerusform>%n of the backups and safety copies still hold the address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup(s) holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</source>
        <translation>
            <numerusform>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backup holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</numerusform>
            <numerusform>Erase everything held about {address}?

Their contact record, the messages written to them and their replies are removed; an individual signer leaves the list and the letter. An organisation&apos;s endorsement stays. Notes that mention them are left for you to edit. The database and %n backups holding the address are rewritten so that nothing of it can be read there again.

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their name is replaced in %n published edition(s), each kept with its digest.</source>
        <translation>
            <numerusform>Their name is replaced in %n published edition, each kept with its digest.</numerusform>
            <numerusform>Their name is replaced in %n published editions, each kept with its digest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) that mention the address are left for you to edit:</source>
        <translation>
            <numerusform>%n note that mentions the address is left for you to edit:</numerusform>
            <numerusform>%n notes that mention the address are left for you to edit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</source>
        <translation>
            <numerusform>The first row, as the file has it. Row numbers are those a spreadsheet shows.</numerusform>
            <numerusform>The first %Ln rows, as the file has them. Row numbers are those a spreadsheet shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyChoice</name>
    <message numerus="yes">
        <source>Also prints the %Ln signatories marked “do not publish”.</source>
        <translation>
            <numerusform>Also prints the %Ln signatory marked “do not publish”.</numerusform>
            <numerusform>Also prints the %Ln signatories marked “do not publish”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message numerus="yes">
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln name</numerusform>
            <numerusform>%Ln names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names}, and %Ln marked retracted</source>
        <translation>
            <numerusform>{names}, and %Ln marked retracted</numerusform>
            <numerusform>{names}, and %Ln marked retracted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retracted</source>
        <translation>
            <numerusform>%Ln retracted</numerusform>
            <numerusform>%Ln retracted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message numerus="yes">
        <source>%Ln with a problem</source>
        <translation>
            <numerusform>%Ln with a problem</numerusform>
            <numerusform>%Ln with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the outbox ({new} new, {updated} updated).</source>
        <translation>
            <numerusform>%Ln message in the outbox ({new} new, {updated} updated).</numerusform>
            <numerusform>%Ln messages in the outbox ({new} new, {updated} updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: {names}.</source>
        <translation>
            <numerusform>Left out %Ln: {names}.</numerusform>
            <numerusform>Left out %Ln: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message numerus="yes">
        <source>%Ln endorse</source>
        <translation>
            <numerusform>%Ln endorse</numerusform>
            <numerusform>%Ln endorse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decline</source>
        <translation>
            <numerusform>%Ln decline</numerusform>
            <numerusform>%Ln decline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce</source>
        <translation>
            <numerusform>%Ln bounce</numerusform>
            <numerusform>%Ln bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln automatic replies</source>
        <translation>
            <numerusform>%Ln automatic reply</numerusform>
            <numerusform>%Ln automatic replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln unmatched</numerusform>
            <numerusform>%Ln unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <translation>
            <numerusform>%Ln verified</numerusform>
            <numerusform>%Ln verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to apply</source>
        <translation>
            <numerusform>%Ln to apply</numerusform>
            <numerusform>%Ln to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln yours to decide</source>
        <translation>
            <numerusform>%Ln yours to decide</numerusform>
            <numerusform>%Ln yours to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages.</source>
        <translation>
            <numerusform>Read %Ln message.</numerusform>
            <numerusform>Read %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clear replies applied; the other matched ones are recorded for you to decide.</source>
        <translation>
            <numerusform>%Ln clear reply applied; the other matched ones are recorded for you to decide.</numerusform>
            <numerusform>%Ln clear replies applied; the other matched ones are recorded for you to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</source>
        <translation>
            <numerusform>Read %Ln message. Nothing was written: Apply clear replies records it, and applies it when it is clear.</numerusform>
            <numerusform>Read %Ln messages. Nothing was written: Apply clear replies records them and applies the clear ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last reading found %Ln to apply.</source>
        <translation>
            <numerusform>The last reading found %Ln to apply.</numerusform>
            <numerusform>The last reading found %Ln to apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message numerus="yes">
        <source>Private contact data removed from %Ln campaigns past their retention period.</source>
        <extracomment>the store&apos;s RetentionReport</extracomment>
        <translation>
            <numerusform>Private contact data removed from %Ln campaign past its retention period.</numerusform>
            <numerusform>Private contact data removed from %Ln campaigns past their retention period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>%Ln signatories added to the campaign.</source>
        <translation>
            <numerusform>%Ln signatory added to the campaign.</numerusform>
            <numerusform>%Ln signatories added to the campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; signatories</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signatory</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</source>
        <translation>
            <numerusform>A status change of %Ln signatory is still running. Cancelling rolls it back: no signatory is changed.</numerusform>
            <numerusform>A status change of %Ln signatories is still running. Cancelling rolls it back: no signatory is changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved to {status}.</source>
        <translation>
            <numerusform>%Ln moved to {status}.</numerusform>
            <numerusform>%Ln moved to {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged.</source>
        <translation>
            <numerusform>%Ln left unchanged.</numerusform>
            <numerusform>%Ln left unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left unchanged — the workflow does not allow {status} {reasons}.</source>
        <translation>
            <numerusform>%Ln left unchanged — the workflow does not allow {status} {reasons}.</numerusform>
            <numerusform>%Ln left unchanged — the workflow does not allow {status} {reasons}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln corrected to {status}.</source>
        <translation>
            <numerusform>%Ln corrected to {status}.</numerusform>
            <numerusform>%Ln corrected to {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln put back as they were.</source>
        <translation>
            <numerusform>Undone: %Ln put back as it was.</numerusform>
            <numerusform>Undone: %Ln put back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as they are: someone changed them since.</source>
        <translation>
            <numerusform>%Ln left as it is: someone changed it since.</numerusform>
            <numerusform>%Ln left as they are: someone changed them since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo the status change of %Ln signatories</source>
        <translation>
            <numerusform>&amp;Undo the status change of %Ln signatory</numerusform>
            <numerusform>&amp;Undo the status change of %Ln signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</source>
        <translation>
            <numerusform>An undo of the status change of %Ln signatory is still running. Cancelling rolls it back: the change stays.</numerusform>
            <numerusform>An undo of the status change of %Ln signatories is still running. Cancelling rolls it back: the change stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</source>
        <translation>
            <numerusform>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</numerusform>
            <numerusform>Invitation queued for %Ln, in the Outbox for review: they become invited when it is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (no usable address, or the invitation does not apply).</source>
        <translation>
            <numerusform>%Ln left out (no usable address, or the invitation does not apply).</numerusform>
            <numerusform>%Ln left out (no usable address, or the invitation does not apply).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</source>
        <translation>
            <numerusform>%Ln signatory marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</numerusform>
            <numerusform>%Ln signatories marked “do not publish”: they stay off every public letter and edition, and print only in a delivery copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories no longer marked “do not publish”: the letter prints them again.</source>
        <translation>
            <numerusform>%Ln signatory no longer marked “do not publish”: the letter prints them again.</numerusform>
            <numerusform>%Ln signatories no longer marked “do not publish”: the letter prints them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “do not publish” of %Ln signatories</source>
        <translation>
            <numerusform>Undo “do not publish” of %Ln signatory</numerusform>
            <numerusform>Undo “do not publish” of %Ln signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo publishing %Ln signatories again</source>
        <translation>
            <numerusform>Undo publishing %Ln signatory again</numerusform>
            <numerusform>Undo publishing %Ln signatories again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln signatories from the campaign.</source>
        <translation>
            <numerusform>Removed %Ln signatory from the campaign.</numerusform>
            <numerusform>Removed %Ln signatories from the campaign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories must reconfirm before appearing in the letter.</source>
        <translation>
            <numerusform>%Ln signatory must reconfirm before appearing in the letter.</numerusform>
            <numerusform>%Ln signatories must reconfirm before appearing in the letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</source>
        <translation>
            <numerusform>%Ln signatory marked “needs reconfirmation”; send them the new text from Outreach.</numerusform>
            <numerusform>%Ln signatories marked “needs reconfirmation”; send them the new text from Outreach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryDetailsPanel</name>
    <message numerus="yes">
        <source>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</source>
        <translation>
            <numerusform>%Ln signatory selected.</numerusform>
            <numerusform>%Ln signatories selected. Change their status together with “Set status…” or the context menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryMergeDialog</name>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</source>
        <translation>
            <numerusform>History: the %Ln event of both, in one list, and one saying what was merged; the notes of both are kept.</numerusform>
            <numerusform>History: the %Ln events of both, in one list, and one saying what was merged; the notes of both are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %Ln move to “{name}”.</source>
        <translation>
            <numerusform>Contacts: %Ln moves to “{name}”.</numerusform>
            <numerusform>Contacts: %Ln move to “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</source>
        <translation>
            <numerusform>The directory: the two organisations become one, “{name}”, in %Ln other campaign too.</numerusform>
            <numerusform>The directory: the two organisations become one, “{name}”, in %Ln other campaigns too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message numerus="yes">
        <source>Block library started with %Ln starter blocks</source>
        <translation>
            <numerusform>Block library started with %Ln starter block</numerusform>
            <numerusform>Block library started with %Ln starter blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</source>
        <translation>
            <numerusform>%Ln endorsement of the earlier text will need reconfirmation once you freeze the new text.</numerusform>
            <numerusform>%Ln endorsements of the earlier text will need reconfirmation once you freeze the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements are of a version before {number} and need reconfirmation.</source>
        <translation>
            <numerusform>%Ln endorsement is of a version before {number} and needs reconfirmation.</numerusform>
            <numerusform>%Ln endorsements are of a version before {number} and need reconfirmation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCount</name>
    <message numerus="yes">
        <source>%Ln prospect</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invited</numerusform>
            <numerusform>%Ln invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminded</source>
        <translation>
            <numerusform>%Ln reminded</numerusform>
            <numerusform>%Ln reminded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsed</source>
        <translation>
            <numerusform>%Ln endorsed</numerusform>
            <numerusform>%Ln endorsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln declined</numerusform>
            <numerusform>%Ln declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no response</source>
        <translation>
            <numerusform>%Ln no response</numerusform>
            <numerusform>%Ln no response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs reconfirmation</source>
        <translation>
            <numerusform>%Ln needs reconfirmation</numerusform>
            <numerusform>%Ln need reconfirmation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message numerus="yes">
        <source>Change the status of %Ln signatories</source>
        <translation>
            <numerusform>Change the status of %Ln signatory</numerusform>
            <numerusform>Change the status of %Ln signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move to {status}.</source>
        <translation>
            <numerusform>%Ln will move to {status}.</numerusform>
            <numerusform>%Ln will move to {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</source>
        <translation>
            <numerusform>%Ln will stay as it is (the workflow does not allow {status} after {previous}).</numerusform>
            <numerusform>%Ln will stay as they are (the workflow does not allow {status} after {previous}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationPreview</name>
    <message numerus="yes">
        <source>%Ln not translated yet (shown in {language})</source>
        <translation>
            <numerusform>%Ln not translated yet (shown in {language})</numerusform>
            <numerusform>%Ln not translated yet (shown in {language})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outdated</source>
        <translation>
            <numerusform>%Ln outdated</numerusform>
            <numerusform>%Ln outdated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordDiff</name>
    <message numerus="yes">
        <source>%Ln words removed</source>
        <translation>
            <numerusform>%Ln word removed</numerusform>
            <numerusform>%Ln words removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words added</source>
        <translation>
            <numerusform>%Ln word added</numerusform>
            <numerusform>%Ln words added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message numerus="yes">
        <source>Remove %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</source>
        <translation>
            <numerusform>Remove this signatory from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</numerusform>
            <numerusform>Remove these %Ln signatories from the campaign? Their history of invitations and answers is deleted too; the organisations stay in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</source>
        <translation>
            <numerusform>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</numerusform>
            <numerusform>%Ln of them endorsed the statement: marking them withdrawn keeps the record of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No invitation was sent to %Ln of them from Sign-on.</source>
        <translation>
            <numerusform>No invitation was sent to %Ln of them from Sign-on.</numerusform>
            <numerusform>No invitation was sent to %Ln of them from Sign-on.</numerusform>
        </translation>
    </message>
</context>
</TS>
