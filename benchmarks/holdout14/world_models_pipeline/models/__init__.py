from .vae import VAE
from .mdrnn import MDRNN, Controller

_REGISTRY = {"vae": VAE, "mdrnn": MDRNN, "controller": Controller}


def build(name, cfg):
    return _REGISTRY[name](**cfg)
