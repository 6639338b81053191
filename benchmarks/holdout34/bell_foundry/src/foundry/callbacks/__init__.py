from .basic import LossPrinter, PartialsCheck

__all__ = ["LossPrinter", "PartialsCheck"]
