from .model import ProteinLM, AMINO
from .analysis import categorical_jacobian, contact_map

__all__ = ["ProteinLM", "AMINO", "categorical_jacobian", "contact_map"]
