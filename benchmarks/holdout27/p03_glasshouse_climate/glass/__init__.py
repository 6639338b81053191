from .runtime import phase, current_phase, apply_phase
from .nets import ClimateLSTM
