from .wear import ChiselWearNet, build_model

__all__ = ["ChiselWearNet", "build_model"]
