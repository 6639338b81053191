from .melt_task import MeltTask


def build_task(**cfg):
    return MeltTask(**cfg)


__all__ = ["MeltTask", "build_task"]
