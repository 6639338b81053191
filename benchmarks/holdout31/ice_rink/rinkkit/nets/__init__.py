from .surface import HardnessNet, rink_logs

__all__ = ["HardnessNet", "rink_logs"]
