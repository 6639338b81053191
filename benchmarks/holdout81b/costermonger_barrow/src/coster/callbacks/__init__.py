from .logging import GradPenaltyLogger
