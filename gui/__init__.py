"""Backprop Studio's Qt views: the window, its panels and the worker thread that feeds them."""
