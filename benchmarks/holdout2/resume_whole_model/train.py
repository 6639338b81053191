# expect: crash
# category: modes
"""Anomaly scoring of sensor traces with an LSTM autoencoder; training is interrupted and resumed
from a checkpoint written after validation."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F

from checkpointing import cleanup, load_checkpoint, save_checkpoint

torch.manual_seed(7)
CKPT = "last.pt"


class LSTMAutoencoder(nn.Module):
    def __init__(self, n_feat=3, hidden=10):
        super().__init__()
        self.enc = nn.LSTM(n_feat, hidden, batch_first=True)
        self.dec = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_feat)

    def forward(self, x):
        _, (h, _) = self.enc(x)
        rep = h[-1].unsqueeze(1).repeat(1, x.shape[1], 1)
        dec, _ = self.dec(rep)
        return self.out(dec)


def train_epoch(model, optimizer, batches):
    total = 0.0
    for x in batches:
        loss = F.mse_loss(model(x), x)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        total += loss.item()
    return total / len(batches)


@torch.no_grad()
def validate(model, batches):
    model.eval()
    return sum(F.mse_loss(model(x), x).item() for x in batches) / len(batches)


train_batches = [torch.randn(4, 16, 3) for _ in range(3)]
val_batches = [torch.randn(4, 16, 3) for _ in range(2)]
make_opt = functools.partial(torch.optim.RMSprop, lr=1e-3)

# --- first session: one epoch, then the job "gets preempted" ---
model = LSTMAutoencoder()
model.train()
opt = make_opt(model.parameters())
loss = train_epoch(model, opt, train_batches)
val = validate(model, val_batches)
save_checkpoint(CKPT, model, opt, epoch=0, metrics={"train": loss, "val": val})
del model, opt

# --- second session: resume where we left off ---
try:
    model, opt, last_epoch, metrics = load_checkpoint(CKPT, make_opt)
    print(f"resuming after epoch {last_epoch}, val={metrics['val']:.4f}")
    for epoch in range(last_epoch + 1, last_epoch + 3):
        loss = train_epoch(model, opt, train_batches)
        print(f"epoch {epoch}: train {loss:.4f} val {validate(model, val_batches):.4f}")
finally:
    cleanup(CKPT)
