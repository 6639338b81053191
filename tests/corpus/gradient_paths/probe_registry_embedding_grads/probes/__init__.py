from .base import Probe
from .head import HeadGradientProbe

PROBES = {"head": HeadGradientProbe}
