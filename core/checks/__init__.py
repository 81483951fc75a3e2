"""What every layer uses to refuse bad input: the one error type for problems a user can fix, the one
validator (file size, finiteness, choices) and the limits that keep absurd requests from allocating.

May import: numpy only. The lowest layer of core. Tested in tests/core/checks/; limits.py in
tests/hardening/test_limits.py (each limit refused through the CLI and the loaders).
"""
