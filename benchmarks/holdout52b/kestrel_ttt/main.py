# expect: clean
"""Kestrel: hover-detection from wing-beat accelerometer traces, adapted at test
time with a self-supervised next-step loss on every incoming batch."""
import copy

import torch

from kestrel import HoverNet, TestTimeAdapter, pretrain


def stream(n, batch=4, steps=8, shift=0.3):
    for _ in range(n):
        yield torch.randn(batch, steps, 3) + shift, torch.randint(0, 2, (batch,))


def main():
    torch.manual_seed(9)
    model = HoverNet(hidden=8)
    pretrain(model, stream(3, shift=0.0))
    adapter = TestTimeAdapter(copy.deepcopy(model), lr=5e-3, steps=2)
    accs = []
    for x, y in stream(3):
        before, after = adapter.process(x)
        accs.append(((after == y).float().mean().item(), (before == y).float().mean().item()))
    print("after/before acc per batch", accs)


if __name__ == "__main__":
    main()
