from .model import RoofLeakModel
