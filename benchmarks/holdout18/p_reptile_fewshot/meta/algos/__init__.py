from .reptile import Reptile
