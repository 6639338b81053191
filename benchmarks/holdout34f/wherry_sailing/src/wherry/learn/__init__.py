from .steps import season_step

__all__ = ["season_step"]
