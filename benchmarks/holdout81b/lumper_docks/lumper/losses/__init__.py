from .kl import consistency
