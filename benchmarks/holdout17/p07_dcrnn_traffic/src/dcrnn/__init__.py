from .config import load_config
from .engine import DCRNNSupervisor

__all__ = ["DCRNNSupervisor", "load_config"]
