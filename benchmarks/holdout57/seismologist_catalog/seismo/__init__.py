from .network import Network, Station
from .catalog import Catalog, Detector
from .refine import refine

__all__ = ["Network", "Station", "Catalog", "Detector", "refine"]
