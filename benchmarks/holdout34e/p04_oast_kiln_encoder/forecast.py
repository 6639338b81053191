# expect: clean
"""Adapt the shared oast-house forecaster to a single farm."""
import os
import tempfile

import torch

from kilnkit import KilnDecoder, KilnEncoder, KilnSeq2Seq, SiteAdapter


def farm_logs(n=3, batch=4, steps=8, horizon=3):
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps + horizon, 4)
        out.append((x[:, :steps], x[:, steps:, 0]))
    return out


def main():
    torch.manual_seed(1)
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        KilnSeq2Seq(KilnEncoder(), KilnDecoder(), horizon=3).save_pretrained(ckpt)
        model = KilnSeq2Seq.from_pretrained(ckpt)
    finally:
        os.remove(ckpt)
    adapter = SiteAdapter(model)
    losses = adapter.adapt(farm_logs())
    print("first/last", round(losses[0], 4), round(losses[-1], 4))


if __name__ == "__main__":
    main()
