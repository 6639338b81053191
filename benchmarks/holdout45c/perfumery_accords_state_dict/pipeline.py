# expect: clean
"""Perfumery accord longevity: evaporation curves of a blend on a blotter -> hours until the
heart notes fade.  Stage 1 pretrains on the house library and exports; stage 2 fine-tunes the
exported model on a new client's blotter readings."""
import os
import tempfile

import torch

from stages.pretrain import pretrain_and_export
from stages.finetune import finetune_exported


def main():
    torch.manual_seed(9)
    workdir = tempfile.mkdtemp(prefix="accords_")
    path = os.path.join(workdir, "accord_model.pt")
    try:
        pretrain_and_export(path, epochs=2)
        losses = finetune_exported(path, epochs=2)
        print("fine-tune losses", [round(v, 4) for v in losses])
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
