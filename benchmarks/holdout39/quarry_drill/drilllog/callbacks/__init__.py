from .logging import LossPrinter
from .probes import TorqueProbe


def default_callbacks(cfg):
    return [LossPrinter(cfg["log_every"]), TorqueProbe()]
