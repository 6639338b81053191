from .tagger import DefectTagger
