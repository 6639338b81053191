from .tagger import HedgeTagger


def build_tagger(cfg):
    model = HedgeTagger(vocab=cfg["vocab"], hidden=cfg["hidden"])
    model.freeze(*cfg.get("freeze", ()))
    return model
