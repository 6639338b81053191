from .penalty import EWC
