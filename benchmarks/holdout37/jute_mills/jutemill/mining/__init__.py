from .ohem import HardExampleMiner

__all__ = ["HardExampleMiner"]
