from .strikers import CellStriker, ConvStriker, RecurrentStriker, build_striker

__all__ = ["CellStriker", "ConvStriker", "RecurrentStriker", "build_striker"]
