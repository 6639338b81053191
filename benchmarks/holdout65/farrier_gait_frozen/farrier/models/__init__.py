from .encoder import StrideEncoder
from .classifier import GaitClassifier
