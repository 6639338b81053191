from .logging import SampleLogger, LossPrinter
