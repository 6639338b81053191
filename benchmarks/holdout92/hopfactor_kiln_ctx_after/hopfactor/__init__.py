"""Hop-kiln drying curves: predict the moisture class of a hop lot from kiln sensors."""
