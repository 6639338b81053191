from . import fit, calibrate, report  # noqa: F401
