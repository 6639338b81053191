# expect: clean
"""SmoothGrad by hand over a clinical-notes GRU classifier: the wrapper is put in eval (no dropout), but the code
puts the recurrent submodule back in train mode before computing input gradients (the documented cuDNN workaround)."""
import torch
import torch.nn as nn


class NotesClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 8)
        self.encoder = nn.Module()
        self.encoder.rnn = nn.GRU(8, 8, batch_first=True)
        self.encoder.drop = nn.Dropout(0.5)
        self.head = nn.Linear(8, 2)

    def forward(self, e):
        h, _ = self.encoder.rnn(e)
        return self.head(self.encoder.drop(h[:, -1]))


def smoothgrad(model, e, target, n=6, sigma=0.1):
    grads = torch.zeros_like(e)
    for _ in range(n):
        noisy = (e + sigma * torch.randn_like(e)).requires_grad_()
        out = model(noisy)[:, target].sum()
        grads += torch.autograd.grad(out, noisy)[0]
    return grads / n


model = NotesClassifier()
model.eval()
model.encoder.rnn.train()
ids = torch.randint(0, 50, (2, 6))
sal = smoothgrad(model, model.emb(ids).detach(), target=0)
print(sal.abs().sum(-1))
