from .freeze import Frozen
from .fit import pretrain_encoder, fit_route_head

__all__ = ["Frozen", "pretrain_encoder", "fit_route_head"]
