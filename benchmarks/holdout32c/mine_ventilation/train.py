# expect: crash
"""Coal-mine ventilation: predict methane build-up from fan and sensor logs."""
from ventfan import build_trainer

CONFIG = {
    "seed": 18,
    "modules": {
        "enc": {"cls": "SensorEncoder", "kwargs": {"n_in": 5, "hidden": 8}},
        "head": {"cls": "MethaneHead", "kwargs": {"hidden": 8}},
    },
    "optimize": ["enc", "head"],
    "warm": ["head"],
    "lr": 3e-3,
    "epochs": 3,
}


if __name__ == "__main__":
    trainer = build_trainer(CONFIG)
    trainer.fit()
    print("val history", [round(v, 4) for v in trainer.history["val"]])
