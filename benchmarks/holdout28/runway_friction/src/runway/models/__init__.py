from .gru import FrictionGRU
