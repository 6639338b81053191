from .freeze import freeze_stateful_layers

__all__ = ["freeze_stateful_layers"]
