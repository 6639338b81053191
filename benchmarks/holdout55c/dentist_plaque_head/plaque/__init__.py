from .model import PlaqueNet
