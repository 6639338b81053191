# expect: crash
"""Deep Knowledge Tracing (LSTM over interaction ids). Phases are driven by a
table and the mode is chosen with getattr; the 'calibrate' phase also steps."""
import torch
import torch.nn as nn

N_SKILLS = 6


class DKT(nn.Module):
    def __init__(self, n=N_SKILLS, h=8):
        super().__init__()
        self.emb = nn.Embedding(2 * n, h)
        self.rnn = nn.LSTM(h, h, batch_first=True)
        self.out = nn.Linear(h, n)

    def forward(self, inter):
        return torch.sigmoid(self.out(self.rnn(self.emb(inter))[0]))


def batch(b=4, t=7):
    skills = torch.randint(0, N_SKILLS, (b, t))
    correct = torch.randint(0, 2, (b, t))
    return skills + N_SKILLS * correct, skills, correct.float()


def dkt_loss(pred, skills, correct):
    p = pred[:, :-1].gather(-1, skills[:, 1:].unsqueeze(-1)).squeeze(-1)
    return nn.functional.binary_cross_entropy(p, correct[:, 1:])


PHASES = [("train", True, True), ("valid", False, False), ("calibrate", False, True)]

torch.manual_seed(0)
model = DKT()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for phase, train_mode, update in PHASES:
    getattr(model, "train" if train_mode else "eval")()
    inter, skills, correct = batch()
    with torch.set_grad_enabled(update):
        loss = dkt_loss(model(inter), skills, correct)
    if update:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(phase, round(loss.item(), 4))
