from .strain import StrainNet, prepare, walk_readings

__all__ = ["StrainNet", "prepare", "walk_readings"]
