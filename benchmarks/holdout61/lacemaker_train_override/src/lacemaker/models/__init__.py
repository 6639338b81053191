from .sequencer import BobbinSequencer

__all__ = ["BobbinSequencer"]
