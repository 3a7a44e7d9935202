"""The template editor: own templates written in the app (core/owntemplates)."""
