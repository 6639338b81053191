from .logging import SamplePredictionLogger
