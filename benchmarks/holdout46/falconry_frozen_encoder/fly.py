# expect: crash
"""Falconry: predict whether a hawk will return to the glove from GPS-collar
telemetry. A recurrent encoder pretrained on a season of flights is kept frozen;
only a small adapter and the recall head are trained for the new bird."""
from falconry import RecallModel, train_bird, telemetry

CONFIG = {"n_feat": 5, "hidden": 10, "adapter": "input", "freeze_encoder": True, "epochs": 2}


def main(cfg=CONFIG):
    model = RecallModel(cfg["n_feat"], cfg["hidden"], adapter=cfg["adapter"], freeze_encoder=cfg["freeze_encoder"])
    acc = train_bird(model, telemetry(4), epochs=cfg["epochs"])
    print("recall accuracy per epoch:", acc)


if __name__ == "__main__":
    main()
