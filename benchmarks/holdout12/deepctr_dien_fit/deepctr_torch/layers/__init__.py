from .interaction import InterestEvolving  # noqa: F401
