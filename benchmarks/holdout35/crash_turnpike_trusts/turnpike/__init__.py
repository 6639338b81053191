"""turnpike: forecasting toll-gate takings for the old turnpike trusts."""
