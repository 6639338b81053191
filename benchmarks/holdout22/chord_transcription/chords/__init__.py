from .data import ChromaDataset
from .model import ChordTagger
from .trainer import Trainer
