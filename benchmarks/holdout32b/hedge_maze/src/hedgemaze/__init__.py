from .config import MazeConfig, default_config
from .engine import MazeMachine

__all__ = ["MazeConfig", "MazeMachine", "default_config"]
