"""Fields the user types numbers into: spin boxes that read what is typed (scientific notation
included), refuse what is out of range with a reason at the field, and never round one number
into another; and a small dialog asking for one number. Used by gui.controls and gui.graph; may
import PySide6 only. Tested in tests/gui/inputs/.
"""
