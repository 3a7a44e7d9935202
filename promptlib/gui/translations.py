"""The UI language: Qt translators for promptlib's own strings and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core.resources import resource_path

UI_LANGUAGES = ("fi", "sv", "en")


def system_ui_language() -> str:
    """Finnish where the system is Finnish or unknown; Swedish or English where the system says so."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "fi"


class Translations:
    """Installs and swaps translators; widgets retranslate on QEvent.LanguageChange."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str | None) -> str:
        language = language if language in UI_LANGUAGES else system_ui_language()
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":  # the source strings are English
            own = QTranslator(self.app)
            if own.load(str(resource_path(f"translations/promptlib_{language}.qm"))):
                self._installed.append(own)
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale({"fi": QLocale.Language.Finnish, "sv": QLocale.Language.Swedish,
                                    "en": QLocale.Language.English}[language]))
        self.language = language
        return language
