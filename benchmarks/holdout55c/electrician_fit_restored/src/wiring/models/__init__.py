from .tagger import CircuitTagger
