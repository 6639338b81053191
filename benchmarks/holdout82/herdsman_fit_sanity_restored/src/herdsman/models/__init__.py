from .graze import GrazeNet
