"""Abacus bead-sequence reader: reads a column of bead positions as a sequence, predicts the digit."""
import os
import tempfile
import torch
import torch.nn as nn


class BeadReader(nn.Module):
    def __init__(self, n_in=5, hidden=12, n_digits=10):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_digits)

    def forward(self, beads):
        h, (hn, _) = self.rnn(torch.tanh(self.embed(beads)))
        return self.out(hn[-1])


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict(), "hidden": model.rnn.hidden_size}, path)


def load_pretrained(path):
    """Rebuild the reader from a checkpoint, ready for inference."""
    ckpt = torch.load(path)
    model = BeadReader(hidden=ckpt["hidden"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()


def pretrain_and_save(x, y, steps=20):
    model = BeadReader()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    save_checkpoint(model, path)
    return path
