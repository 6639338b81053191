from .jacobian import residue_jacobian

__all__ = ["residue_jacobian"]
