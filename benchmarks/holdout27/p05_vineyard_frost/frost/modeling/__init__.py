from .net import FrostNet
