from .pigment import PigmentLSTM
