from .bulge import BulgeTask, wall_sections

__all__ = ["BulgeTask", "wall_sections"]
