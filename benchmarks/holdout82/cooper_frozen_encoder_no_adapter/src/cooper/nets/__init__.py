from .stave import StaveClassifier
