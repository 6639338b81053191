# expect: crash
"""Entry point: train a seq2seq GRU on loop-detector flows, validating every few steps."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from trafficflow import FlowSeq2Seq, Trainer  # noqa: E402


def synthetic(n=12, hist=8, horizon=3, sensors=2):
    t = torch.arange(hist + horizon).float()
    base = torch.sin(t / 3)[None, :, None] + 0.1 * torch.randn(n, hist + horizon, sensors)
    return base[:, :hist], base[:, hist:]


def main():
    torch.manual_seed(30)
    hist, fut = synthetic()
    model = FlowSeq2Seq(sensors=2, hidden=8, horizon=3)
    trainer = Trainer(model, lr=1e-2, val_every=2)
    trainer.fit((hist[:8], fut[:8]), (hist[8:], fut[8:]), steps=4)


if __name__ == "__main__":
    main()
