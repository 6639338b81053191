from .calls import CallClassifier
