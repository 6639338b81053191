from .climate import ClimateLSTM
