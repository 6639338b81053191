from .modes import evaluating, move_to

__all__ = ["evaluating", "move_to"]
