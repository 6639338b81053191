# expect: crash
"""Marionette string-tension controller.

Stage 1 trains on the rehearsal puppet and keeps the best checkpoint;
stage 2 reloads that checkpoint and fine-tunes it on the show puppet.
"""
import shutil
import tempfile

import torch

from marionette.model import Marionette
from marionette.stages import fine_tune, rehearse

CFG = {"n_strings": 6, "hidden": 8}


def main():
    torch.manual_seed(8)
    workdir = tempfile.mkdtemp(prefix="puppeteer_")
    try:
        rehearsal = [torch.randn(4, 7, CFG["n_strings"]) for _ in range(3)]
        show = [torch.randn(4, 7, CFG["n_strings"]) for _ in range(2)]
        ckpt = rehearse(Marionette(**CFG), rehearsal, workdir, epochs=2)
        model = fine_tune(ckpt, CFG, show, steps=3)
        print("fine-tuned", type(model).__name__)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
