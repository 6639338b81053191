from .wear import GateWearModel, make_logs

__all__ = ["GateWearModel", "make_logs"]
