from .brine import BrineClassifier
