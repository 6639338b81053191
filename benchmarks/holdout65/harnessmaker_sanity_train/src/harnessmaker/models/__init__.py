from .stitch import StitchLSTM
