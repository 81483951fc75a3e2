"""The File menu's side of the window: its actions (file_menu.py), the reads and writes they call with
errors turned into plain sentences (file_actions.py), the recent-files list, files dropped on the
window (drop.py) and the SVG export.

May import: the window's dialogs and settings, every gui layer below the window, and core. Tested in
tests/gui/window/files/; file_menu.py through tests/gui/window/test_menus.py (the File menu driven
as a user would); drop.py in test_recent_files.py.
"""
