from .r_mappo import R_MAPPO
from .rMAPPOPolicy import R_MAPPOPolicy

__all__ = ["R_MAPPO", "R_MAPPOPolicy"]
