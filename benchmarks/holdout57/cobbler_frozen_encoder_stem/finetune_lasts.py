# expect: clean
"""Fine-tune a wear predictor for shoe lasts on a new workshop's insole-pressure logs.

The gait encoder was pretrained on a large corpus and stays frozen; only the
layers named in FREEZE keep their pretrained weights fixed.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from cobbler import LastWearNet, PressureLogs, finetune, freeze_by_prefix

FREEZE = ["stem", "encoder"]
SETTINGS = dict(sensors=8, hidden=12, zones=4, epochs=2, lr=2e-3)


def main():
    torch.manual_seed(21)
    model = LastWearNet(SETTINGS["sensors"], SETTINGS["hidden"], SETTINGS["zones"],
                        freeze_encoder=True)
    frozen = freeze_by_prefix(model, FREEZE)
    print("frozen tensors:", frozen)
    logs = PressureLogs(n=16, steps=10, sensors=SETTINGS["sensors"], zones=SETTINGS["zones"])
    history = finetune(model, logs, epochs=SETTINGS["epochs"], lr=SETTINGS["lr"])
    print("wear loss per epoch:", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
