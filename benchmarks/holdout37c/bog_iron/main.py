# expect: clean
import torch

from bogiron import OreSeqModel, SharpnessAwareLogger


def cores(n_batches=3, batch=4, depth=6):
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, depth, 4)
        out.append((x, x[:, :, 1].cumsum(1)[:, -1] * 0.3))
    return out


if __name__ == "__main__":
    torch.manual_seed(8)
    trainer = SharpnessAwareLogger(OreSeqModel(), lr=0.05)
    trainer.fit(cores(), epochs=2)
