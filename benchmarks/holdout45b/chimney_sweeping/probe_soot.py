# expect: clean
"""Probe a pretrained draught encoder for soot level (light / moderate / heavy)."""
import torch

from sweep import SootHead, fit_probe, load_pretrained_encoder


def flue_readings(n, batch=5, t=10):
    out = []
    for _ in range(n):
        x = torch.randn(batch, t, 3)
        y = torch.bucketize(x[..., 1].mean(1), torch.tensor([-0.2, 0.2]))
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(15)
    encoder = load_pretrained_encoder()
    head = fit_probe(encoder, SootHead(), flue_readings(3))
    with torch.no_grad():
        x, y = flue_readings(1)[0]
        print("probe acc", (head(encoder(x)).argmax(1) == y).float().mean().item())
