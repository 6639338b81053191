from .ctc import speaker_adapt, train_ctc

__all__ = ["speaker_adapt", "train_ctc"]
