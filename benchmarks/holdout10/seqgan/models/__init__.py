from .discriminator import Discriminator
from .generator import Generator
