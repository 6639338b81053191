"""Small helpers for the clog-dance step-recognition notebook (model, checkpointing, fine-tuning)."""
import torch
from torch import nn


class StepTagger(nn.Module):
    """Tags each beat of a clog-dance recording with one of N step types."""

    def __init__(self, n_feat=5, hidden=10, n_steps=4):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_steps)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h)


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict(), "config": {"hidden": model.proj.out_features}}, path)


def load_for_inference(path):
    """Rebuild a tagger from a checkpoint, ready to tag new recordings."""
    ckpt = torch.load(path)
    model = StepTagger(hidden=ckpt["config"]["hidden"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()


class FineTuner:
    """Adapts a tagger to a new dancer with a handful of labelled beats."""

    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.CrossEntropyLoss()

    def step(self, x, y):
        self.opt.zero_grad()
        logits = self.model(x)
        loss = self.loss_fn(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
