from .ring import RingClassifier
