from .nets import StitchPolicy, ValueBaseline
from .rollout import collect
from .update import make_update

__all__ = ["StitchPolicy", "ValueBaseline", "collect", "make_update"]
