# expect: crash
"""Capture hidden-state gradients with Tensor.register_hook for a saliency map of
an LSTM intent classifier in inference mode."""
import torch
import torch.nn as nn


class Intent(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(25, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 3)
        self.captured = None

    def forward(self, toks):
        e = self.emb(toks)
        if e.requires_grad:
            e.register_hook(self._save)
        return self.fc(self.lstm(e)[0].max(1).values)

    def _save(self, g):
        self.captured = g


torch.manual_seed(0)
clf = Intent()
clf.train(False)
toks = torch.randint(0, 25, (2, 6))
logits = clf(toks)
logits[torch.arange(2), logits.argmax(1)].sum().backward()  # TM001-here
print("saliency", clf.captured.norm(dim=-1))
