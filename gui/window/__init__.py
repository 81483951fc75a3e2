"""The window shell: the main window, its menus and toolbar actions, dialogs and help, the settings it
remembers, and (in files/) the File menu's actions, reads and writes.

May import: every gui view package, gui.studio, gui.drawing, core. Tested in tests/gui/window/;
teaching_actions.py in tests/gui/learn/test_panel.py; status_numbers.py in test_main_window.py.
"""
