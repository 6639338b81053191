# expect: clean
"""Refine the deployed launch-delay model on the call-outs it gets most wrong."""
import os
import tempfile

import torch

from lifeboat import HardExampleMiner, LaunchNet, load_for_inference, save_checkpoint


def callouts(n, batch=8, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 4, generator=g)
        out.append((x, 6 + x[:, :, 2].max(1).values))
    return out


def main():
    torch.manual_seed(12)
    fd, path = tempfile.mkstemp(suffix=".ckpt")
    os.close(fd)
    try:
        save_checkpoint(LaunchNet(), path, season="winter")
        model, meta = load_for_inference(path)
    finally:
        os.remove(path)
    print("loaded", meta)
    miner = HardExampleMiner(model, keep=0.5)
    print("refine loss per epoch:", [round(v, 3) for v in miner.refine(callouts(3))])


if __name__ == "__main__":
    main()
