from .bellows import BellowsNet, stop_sequences

__all__ = ["BellowsNet", "stop_sequences"]
