# expect: crash
"""Warm up the stroke classifier, then keep training on the strokes with the largest
per-sample gradient norm (online hard-example mining)."""
import torch
import torch.nn.functional as F

from quillpen import StrokeLSTM, hardest, per_sample_grad_norms

torch.manual_seed(27)


def strokes(n=16, length=10):
    x = torch.randn(n, length, 3)
    y = (x[:, :, 0].mean(1) > 0).long() + 2 * (x[:, :, 2].max(1).values > 1.5).long()
    return x, y


def main():
    model = StrokeLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = strokes()
    model.train()
    for rnd in range(2):
        for i in range(0, len(xs), 4):
            opt.zero_grad()
            F.cross_entropy(model(xs[i:i + 4]), ys[i:i + 4]).backward()
            opt.step()
        norms = per_sample_grad_norms(model, xs, ys)
        idx = hardest(norms, k=6)
        opt.zero_grad()
        loss = F.cross_entropy(model(xs[idx]), ys[idx])
        loss.backward()
        opt.step()
        print(f"round {rnd} hard-set loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
