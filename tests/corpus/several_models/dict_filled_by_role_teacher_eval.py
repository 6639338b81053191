# expect: clean
"""Distillation with both networks stored into a dict by role: the teacher is put in eval and only runs under
no_grad; the student, a different entry, trains."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


nets = {}
nets["teacher"] = Tagger(12)
nets["student"] = Tagger(4)
nets["teacher"].eval()
opt = torch.optim.SGD(nets["student"].parameters(), lr=0.1)
for step in range(3):
    x = torch.randn(5, 6, 4)
    with torch.no_grad():
        soft = nets["teacher"](x).softmax(-1)
    loss = -(soft * nets["student"](x).log_softmax(-1)).sum(-1).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
