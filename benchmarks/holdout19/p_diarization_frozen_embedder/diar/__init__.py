from .embedder import SpeakerEmbedder, load_frozen
from .scorer import PairScorer

__all__ = ["SpeakerEmbedder", "load_frozen", "PairScorer"]
