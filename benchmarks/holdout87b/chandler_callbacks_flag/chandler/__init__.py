from .model import WickNet
from .callbacks import LossLogger, SaliencyLogger
from .fit import fit
