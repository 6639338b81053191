from .gru import SeeingGRU
