# expect: crash
"""Ploughman: predict furrow depth from tractor draught-sensor sequences.

Step 1 pre-trains a base model on last season's fields and checkpoints it; step 2 builds the
same architecture from the registry, restores it, and fine-tunes on this season's fields.
"""
import os
import tempfile

import torch

from furrow import build_model, finetune, pretrain, season

SETTINGS = {"arch": "furrow_lstm", "n_sensors": 4, "hidden": 8, "lr": 1e-2, "steps": 4}


def main():
    torch.manual_seed(5)
    ckpt = os.path.join(tempfile.mkdtemp(), "furrow_base.pt")
    base = build_model(SETTINGS["arch"], n_sensors=SETTINGS["n_sensors"], hidden=SETTINGS["hidden"])
    pretrain(base, season(32, SETTINGS["n_sensors"]), SETTINGS["steps"], SETTINGS["lr"])
    torch.save(base.state_dict(), ckpt)

    model = build_model(SETTINGS["arch"], checkpoint=ckpt,
                        n_sensors=SETTINGS["n_sensors"], hidden=SETTINGS["hidden"])
    losses = finetune(model, season(12, SETTINGS["n_sensors"]), SETTINGS["steps"], SETTINGS["lr"] / 2)
    print("fine-tune losses:", [round(v, 4) for v in losses])
    os.remove(ckpt)
    os.rmdir(os.path.dirname(ckpt))


if __name__ == "__main__":
    main()
