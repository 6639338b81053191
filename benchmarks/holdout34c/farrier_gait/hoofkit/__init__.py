"""hoofkit: lameness scoring from hoof-strike accelerometer traces (farrier visits)."""
from .nets import build_net
from .runner import Runner, Events

__all__ = ["build_net", "Runner", "Events"]
