# expect: clean
"""Furrier's pelt grading: a GRU reads the hair-density profile measured along a pelt
and predicts the grade. The wrapper adds its own input jitter while `self.training`
is set. For the fine-tuning stage on the auction house's measurements the jitter is
switched off by clearing the wrapper's flag, and the model is fine-tuned."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)


class PeltNet(nn.Module):
    def __init__(self, hidden=8, grades=3):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True, num_layers=2)
        self.out = nn.Linear(hidden, grades)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class JitterWrapper(nn.Module):
    def __init__(self, net, sigma=0.1):
        super().__init__()
        self.net = net
        self.sigma = sigma

    def forward(self, x):
        if self.training:
            x = x + self.sigma * torch.randn_like(x)
        return self.net(x)


def run(model, steps, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    for _ in range(steps):
        x, y = torch.randn(5, 9, 3), torch.randint(0, 3, (5,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = JitterWrapper(PeltNet())
    print("pretrain loss", run(model, 3, 0.05))
    # auction-house data is already noisy: no extra jitter while fine-tuning
    model.training = False
    print("finetune loss", run(model, 3, 0.01))
