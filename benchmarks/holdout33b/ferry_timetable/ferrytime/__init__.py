"""ferrytime: delay forecasting for a ferry timetable, with per-route heads on a shared encoder."""
from .nn import CrossingEncoder, RouteHead
from .train import Frozen, pretrain_encoder, fit_route_head

__all__ = ["CrossingEncoder", "RouteHead", "Frozen", "pretrain_encoder", "fit_route_head"]
