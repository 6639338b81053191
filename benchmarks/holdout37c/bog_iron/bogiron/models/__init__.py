from .ore import OreSeqModel
