from . import data, policy, trainer  # noqa: F401
