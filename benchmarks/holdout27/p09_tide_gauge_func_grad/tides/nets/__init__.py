from .surge import SurgeLSTM
