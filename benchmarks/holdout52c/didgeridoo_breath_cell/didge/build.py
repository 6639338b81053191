from .archs import CellBreathNet, SeqBreathNet


def build_model(cfg, calibration_clip):
    if cfg["arch"] == "seq":
        model = SeqBreathNet(hidden=cfg["hidden"])
    elif cfg["arch"] == "cell":
        model = CellBreathNet(hidden=cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return model.calibrate(calibration_clip)
