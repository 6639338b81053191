from .models import HideCellNet, HideSeqNet


def build(cfg):
    kind = cfg["arch"]
    if kind == "seq":
        net = HideSeqNet(hidden=cfg["hidden"])
    elif kind == "cell":
        net = HideCellNet(hidden=cfg["hidden"])
    else:
        raise ValueError(kind)
    return net
