from .melt import MeltNet
