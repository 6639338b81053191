# expect: crash
"""Opera surtitle timing: a BiLSTM predicts whether a surtitle line should advance.
Adversarial training of the embedding only; the perturbation is crafted with the
dropout layers in eval, with the whole model switched by train(False)."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class Cue(nn.Module):
    def __init__(self, vocab=30, d=8, h=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(d, h, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * h, 2)

    def forward_emb(self, e):
        o, _ = self.lstm(self.drop(e))
        return self.fc(o[:, -1])


def perturb(model, e, y, eps=0.1):
    model.train(False)
    e = e.detach().requires_grad_(True)
    loss = nn.functional.cross_entropy(model.forward_emb(e), y)
    (g,) = torch.autograd.grad(loss, e)  # TM001-here
    return eps * g / (g.norm(dim=-1, keepdim=True) + 1e-8)


model = Cue()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    tok = torch.randint(0, 30, (4, 6))
    y = torch.randint(0, 2, (4,))
    delta = perturb(model, model.emb(tok), y)
    model.train()
    e = model.emb(tok)
    loss = nn.functional.cross_entropy(model.forward_emb(e), y) + \
        nn.functional.cross_entropy(model.forward_emb(e + delta), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
