from .spindle import SpindleEncoder
