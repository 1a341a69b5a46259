"""A template needs a value the campaign does not have: say so, and offer
the way to set it.

{link}, {coordinator} and {deadline} are the campaign's, the same in every
message: when a template uses one without a fallback and the campaign has
none, every message is refused. Where that refusal shows (the Recipients
page's rows, the Messages page's preview) a `SetValueButton` — "Set form
link…", "Set coordinator…", "Set deadline…" — asks for Campaign settings
opened at that field (`requested(setting)`); the tab passes it on to the
window, which reads the campaign again once it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from signon.domain.message_templates import has_value
from signon.ui.i18n import translate

#: A campaign's placeholder → the campaign setting that gives it its value.
CAMPAIGN_SETTING: dict[str, str] = {
    "link": "form_link", "coordinator": "coordinator", "deadline": "deadline",
}


def campaign_lacks(campaign: object, placeholder: str) -> bool:
    """Whether `placeholder` is a campaign value that `campaign` has not set."""
    setting = CAMPAIGN_SETTING.get(placeholder)
    return setting is not None and not has_value(getattr(campaign, setting, None))


def set_value_text(placeholder: str) -> str:
    """The action's text: "Set form link…"."""
    texts = {
        "link": translate("SetValueButton", "Set form link…"),
        "coordinator": translate("SetValueButton", "Set coordinator…"),
        "deadline": translate("SetValueButton", "Set deadline…"),
    }
    return texts.get(placeholder, "")


def missing_text(template: str, placeholder: str) -> str:
    """Why no message of `template` can go: "“Reminder (en)” uses {link},
    and the campaign has no form link." ("" for a recipient's own value)."""
    texts = {
        "link": translate("SetValueButton",
                          "“{template}” uses {placeholder}, and the campaign has no form link."),
        "coordinator": translate(
            "SetValueButton",
            "“{template}” uses {placeholder}, and the campaign has no coordinator."),
        "deadline": translate(
            "SetValueButton", "“{template}” uses {placeholder}, and the campaign has no deadline."),
    }
    text = texts.get(placeholder, "")
    return text.format(template=template, placeholder=f"{{{placeholder}}}") if text else ""


class SetValueButton(QPushButton):
    """Shown while a campaign value is missing; `requested(setting)` when
    clicked, with the campaign setting to open ("form_link", …)."""

    requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.placeholder = ""
        self.clicked.connect(self._clicked)
        self.offer("")

    def offer(self, placeholder: str) -> bool:
        """Show the action for `placeholder` when it is a campaign value
        (hidden otherwise); True when shown."""
        self.placeholder = placeholder if placeholder in CAMPAIGN_SETTING else ""
        self.setText(set_value_text(self.placeholder))
        self.setAccessibleName(self.text())
        self.setToolTip(translate("SetValueButton", "Open Campaign settings at this field")
                        if self.placeholder else "")
        self.setVisible(bool(self.placeholder))
        return bool(self.placeholder)

    def _clicked(self) -> None:
        if self.placeholder:
            self.requested.emit(CAMPAIGN_SETTING[self.placeholder])
