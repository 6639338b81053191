from .stager import SleepStager

__all__ = ["SleepStager"]
