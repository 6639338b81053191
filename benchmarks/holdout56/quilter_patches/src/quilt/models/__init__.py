from .encoder import PatchSequenceModel
