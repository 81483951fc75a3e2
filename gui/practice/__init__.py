"""Practice mode and lessons: the "Your turn" pane, where the student computes one weight's update and
the app checks each number against the engine, and the lesson pane, which runs a teacher's lesson
file step by step (File ▸ Open Lesson).

May import: gui.studio, gui.drawing and core. Sits beside gui.graph, gui.plot, gui.learn and
gui.controls and never imports them: it asks for what they show (a selected weight, a view) by
signal, and the window wires it. Tested in tests/gui/practice/ (test_pane.py, test_lesson_pane.py);
question_text.py through test_pane.py.
"""
