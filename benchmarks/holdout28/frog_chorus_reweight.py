# expect: crash
"""Frog chorus species labels are noisy: re-weight the loss by the model's own confidence."""
import torch
from torch import nn


class Chorus(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(5, 10, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(20, 4)

    def forward(self, spec):
        return self.cls(self.rnn(spec)[0].mean(1))


def confidence_weights(model, spec, labels):
    model.eval()                                   # deterministic confidences
    logits = model(spec)
    p = logits.softmax(-1).gather(1, labels[:, None]).squeeze(1)
    return logits, (p / p.sum()).detach()


model = Chorus()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
spec, labels = torch.randn(6, 12, 5), torch.randint(0, 4, (6,))
logits, w = confidence_weights(model, spec, labels)
model.train()
loss = (nn.functional.cross_entropy(logits, labels, reduction="none") * w).sum()
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
