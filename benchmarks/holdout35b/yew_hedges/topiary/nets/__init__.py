from .base import FrozenBackboneMixin
from .planner import ClippingPlanner

__all__ = ["FrozenBackboneMixin", "ClippingPlanner"]
