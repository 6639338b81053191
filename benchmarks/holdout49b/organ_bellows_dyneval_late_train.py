# expect: crash
"""Organ bellows leak detection with dynamic evaluation: while scoring a held-out recording the
model is adapted on each segment after predicting it.  The prediction is made in eval mode and the
code switches to train() only before the update, reusing the prediction's graph."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class BellowsRNN(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(1, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x, h=None):
        y, h = self.rnn(x, h)
        return self.out(y), h


def dynamic_eval(model, recording, seg=5, lr=5e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    h, total = None, 0.0
    for start in range(0, recording.shape[1] - 1 - seg, seg):
        x = recording[:, start:start + seg]
        y = recording[:, start + 1:start + seg + 1]
        model.eval()
        pred, h_new = model(x, h)
        loss = ((pred - y) ** 2).mean()
        total += loss.item()
        model.train()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        h = h_new.detach()
    return total


model = BellowsRNN()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(2):
    seq = torch.sin(torch.linspace(0, 6, 21)).view(1, 21, 1).repeat(3, 1, 1) + 0.05 * torch.randn(3, 21, 1)
    pred, _ = model(seq[:, :-1])
    loss = ((pred - seq[:, 1:]) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print("dyn-eval loss", dynamic_eval(model, torch.randn(2, 21, 1)))
