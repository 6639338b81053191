from .net import SaponifyNet

__all__ = ["SaponifyNet"]
