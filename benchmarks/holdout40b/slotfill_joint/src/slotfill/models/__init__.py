from .joint import JointBiLSTM

__all__ = ["JointBiLSTM"]
