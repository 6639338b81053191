# expect: clean
"""Apothecary: predict tincture potency from maceration logs; pretrain on old ledgers, fine-tune on new ones."""
import os
import tempfile

import torch

from stages import finetune, pretrain


def main():
    torch.manual_seed(10)
    workdir = tempfile.mkdtemp(prefix="apothecary_")
    ckpt = os.path.join(workdir, "best.pt")
    try:
        best = pretrain(ckpt, epochs=3)
        print("pretrain best val", round(best, 4))
        final = finetune(ckpt, epochs=2)
        print("finetune loss", round(final, 4))
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
