from .plan import parse_plan

__all__ = ["parse_plan"]
