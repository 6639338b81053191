from .stages import STAGES, build_pipeline

__all__ = ["STAGES", "build_pipeline"]
