from .elasticity import elasticity

ANALYSES = {"elasticity": elasticity}

__all__ = ["ANALYSES", "elasticity"]
