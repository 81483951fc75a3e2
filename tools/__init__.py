"""Maintenance scripts run by hand or by CI (not shipped in the wheel): tools/translations.py keeps
the translation catalogue complete. May import core/ (Qt-free); tested in tests/tools/."""
