from .pergrad import game_values

__all__ = ["game_values"]
