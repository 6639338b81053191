from .strength import SpliceStrengthGRU
