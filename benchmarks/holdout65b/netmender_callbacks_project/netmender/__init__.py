from netmender.nets import MeshGRU
from netmender.train import fit, EvalMode, SaliencyLogger, LossPrinter

__all__ = ["MeshGRU", "fit", "EvalMode", "SaliencyLogger", "LossPrinter"]
