from racecl.models.race import RaceNet

__all__ = ["RaceNet"]
