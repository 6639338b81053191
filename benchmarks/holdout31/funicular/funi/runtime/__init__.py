from .determinism import configure, SETTINGS

configure(SETTINGS)

__all__ = ["configure", "SETTINGS"]
