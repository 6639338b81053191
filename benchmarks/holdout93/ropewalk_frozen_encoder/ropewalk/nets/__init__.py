from .classifier import StrandClassifier
