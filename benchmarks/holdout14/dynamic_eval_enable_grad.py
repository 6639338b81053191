# expect: crash
"""Dynamic evaluation (Krause et al.) of an LSTM LM: evaluate() is decorated with @torch.no_grad() and puts the model
in eval; each segment is scored, then the model adapts to it with one SGD step inside torch.enable_grad()."""
import torch
import torch.nn as nn
import torch.nn.functional as F

V = 18


class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.rnn = nn.LSTM(8, 10, num_layers=2, dropout=0.25)
        self.dec = nn.Linear(10, V)

    def forward(self, x, h=None):
        o, h = self.rnn(self.emb(x), h)
        return self.dec(o), h


@torch.no_grad()
def evaluate(model, data, seg=5, lr=0.02, lamb=0.002):
    model.eval()
    original = {n: p.detach().clone() for n, p in model.named_parameters()}
    total, hidden = 0.0, None
    for i in range(0, data.size(0) - 1, seg):
        x, y = data[i:i + seg], data[i + 1:i + 1 + seg]
        x = x[: len(y)]
        with torch.enable_grad():
            model.zero_grad()
            logits, hidden = model(x, hidden)
            loss = F.cross_entropy(logits.view(-1, V), y.reshape(-1))
            loss.backward()  # TM001-here
        for n, p in model.named_parameters():
            p -= lr * p.grad + lamb * (p - original[n])
        hidden = tuple(h.detach() for h in hidden)
        total += loss.item() * len(y)
    return total / (data.size(0) - 1)


model = LM()
print("dyn-eval loss", evaluate(model, torch.randint(0, V, (21, 2))))
