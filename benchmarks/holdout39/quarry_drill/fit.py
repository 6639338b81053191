# expect: crash
"""Quarrymen's drill logs: predict bit wear from per-metre torque readings."""
from drilllog import Engine, WearNet, default_callbacks

CONFIG = {"hidden": 8, "epochs": 3, "lr": 3e-3, "log_every": 1}

if __name__ == "__main__":
    net = WearNet(CONFIG["hidden"])
    engine = Engine(net, CONFIG, callbacks=default_callbacks(CONFIG))
    engine.fit()
    print("epochs run", engine.epoch + 1)
