from quiller.models.nib import NibProfiler


def build_model(cfg):
    return NibProfiler(cfg["n_feat"], cfg["hidden"], cfg["n_cls"])
