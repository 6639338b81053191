# expect: clean
"""Gradient accumulation with a DDP-style `no_sync()` context manager (here a
homemade stand-in that just skips the "all-reduce" on micro-steps). Every
micro-batch is forwarded in train mode; validation between optimizer steps
uses a separate `inference()` context that restores the mode.
"""
import contextlib

import torch
import torch.nn as nn


class LocalDDP(nn.Module):
    def __init__(self, module):
        super().__init__()
        self.module = module
        self.require_backward_grad_sync = True
        self.syncs = 0

    @contextlib.contextmanager
    def no_sync(self):
        old = self.require_backward_grad_sync
        self.require_backward_grad_sync = False
        try:
            yield
        finally:
            self.require_backward_grad_sync = old

    def forward(self, *args):
        return self.module(*args)

    def maybe_allreduce(self):
        if self.require_backward_grad_sync:
            self.syncs += 1


@contextlib.contextmanager
def inference(model):
    prev = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        model.train(prev)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True, num_layers=2)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.gru(x)[0][:, -1])


torch.manual_seed(0)
ddp = LocalDDP(Net())
ddp.train()
opt = torch.optim.Adam(ddp.parameters(), lr=1e-2)
accum = 3
micro = [(torch.randn(2, 5, 4), torch.randint(0, 3, (2,))) for _ in range(9)]
for i, (x, y) in enumerate(micro):
    last = (i + 1) % accum == 0
    ctx = contextlib.nullcontext() if last else ddp.no_sync()
    with ctx:
        loss = nn.functional.cross_entropy(ddp(x), y) / accum
        loss.backward()
        ddp.maybe_allreduce()
    if last:
        opt.step()
        opt.zero_grad()
        with inference(ddp):
            print("val logits", ddp(x).mean().item())
print("syncs", ddp.syncs)
