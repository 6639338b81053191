from .curvature import CurvatureScaledSGD, hvp_curvature
from .fit import fit

__all__ = ["CurvatureScaledSGD", "hvp_curvature", "fit"]
