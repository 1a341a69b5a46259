"""Parts of the Statement tab: the editable document and its undo commands,
the block library panel, the composer, the letter preview and the version
comparison dialog. `signon.ui.statement_tab.StatementTab` assembles them."""
