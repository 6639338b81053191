# expect: crash
"""Insulin dosing model: stochastic weight perturbation to estimate a flatness gradient."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class DoseRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, cgm):
        o, _ = self.rnn(cgm)
        return nn.functional.softplus(self.fc(o[:, -1]))


def perturbed_gradient(model, x, y, sigma=0.01):
    noise = []
    with torch.no_grad():
        for p in model.parameters():
            e = torch.randn_like(p) * sigma
            p.add_(e)
            noise.append(e)
    model.train(mode=False)  # deterministic perturbed loss
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    with torch.no_grad():
        for p, e in zip(model.parameters(), noise):
            p.sub_(e)
    return loss.item()


model = DoseRNN()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(5, 8, 4), torch.rand(5, 1)
for it in range(3):
    opt.zero_grad()
    print(it, perturbed_gradient(model, x, y))
    opt.step()
