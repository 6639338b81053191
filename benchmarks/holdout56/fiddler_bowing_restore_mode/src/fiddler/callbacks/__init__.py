from .saliency import BowSaliencyLogger
from .printing import LossPrinter
