from netmender.train.modes import EvalMode
from netmender.train.callbacks import SaliencyLogger, LossPrinter
from netmender.train.fit import fit
