from .drift import DriftNet, build_model
