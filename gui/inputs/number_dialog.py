"""A dialog asking for one number, with a NumberBox: scientific notation, a refusal at the field."""

from __future__ import annotations

from PySide6 import QtWidgets

from gui.inputs.number_box import NumberBox


def ask_number(parent, title: str, label: str, value: float, lo: float, hi: float) -> tuple[float, bool]:
    """(the number typed, True) when OK was pressed on an acceptable number; (value, False) on Cancel.

    OK with text that is not a number in [lo, hi] does not close the dialog: the field says why.
    """
    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(title)
    box = NumberBox(lo, hi, value, 0.1, label)
    box.setMinimumWidth(200)
    buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                         | QtWidgets.QDialogButtonBox.StandardButton.Cancel)

    def accept() -> None:
        box.interpret()
        if not box.refusal:
            dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(QtWidgets.QLabel(label))
    layout.addWidget(box)
    layout.addWidget(buttons)
    box.selectAll()
    ok = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    return (box.value(), True) if ok else (value, False)
