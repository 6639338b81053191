from .nets import ConvTwist, LSTMTwist


def build_model(cfg):
    if cfg["arch"] == "lstm":
        model = LSTMTwist(cfg["hidden"])
    elif cfg["arch"] == "conv":
        model = ConvTwist(cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return model
