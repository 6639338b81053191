from .captioner import S2VT
