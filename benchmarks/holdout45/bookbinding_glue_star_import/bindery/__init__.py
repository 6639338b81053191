"""Bindery: glue-cure forecasting for case-bound books."""
