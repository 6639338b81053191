# expect: clean
"""Lip reading with CTC: 3-D conv front-end on mouth crops, BiGRU, CTC head.

After training, the speaker-adaptation step fine-tunes the input normaliser on
one unlabelled clip using CTC on its own greedy transcript, with the network in
eval. The runtime config pins deterministic kernels (cuDNN off) for this repo.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from lipread import LipNet, configure_runtime, speaker_adapt, train_ctc  # noqa: E402

CONFIG = {"deterministic": True, "vocab": 8, "hidden": 8, "seed": 5}


def main():
    configure_runtime(CONFIG)
    torch.manual_seed(CONFIG["seed"])
    model = LipNet(vocab=CONFIG["vocab"], hidden=CONFIG["hidden"])
    clips = torch.randn(2, 1, 6, 8, 8)
    labels = torch.randint(1, CONFIG["vocab"], (2, 3))
    train_ctc(model, clips, labels, steps=2)
    speaker_adapt(model, torch.randn(1, 1, 6, 8, 8))


if __name__ == "__main__":
    main()
