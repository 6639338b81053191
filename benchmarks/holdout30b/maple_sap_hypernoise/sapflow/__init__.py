"""sapflow: sugar-bush sap yield forecasting."""
__version__ = "0.3.1"
