# expect: crash
"""Phases come from a table of rows (name, train mode, update) and the mode is picked with
`getattr(model, "train" if train_mode else "eval")()`: the "calibrate" phase updates the model
after "valid" left it in eval mode."""
import torch
import torch.nn as nn

PHASES = [("train", True, True), ("valid", False, False), ("calibrate", False, True)]


class Tracer(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(12, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Linear(8, 6)

    def forward(self, inter):
        return torch.sigmoid(self.out(self.rnn(self.emb(inter))[0]))


model = Tracer()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for phase, train_mode, update in PHASES:
    getattr(model, "train" if train_mode else "eval")()
    inter = torch.randint(0, 12, (4, 7))
    with torch.set_grad_enabled(update):
        loss = model(inter).mean()
    if update:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(phase, round(loss.item(), 4))
