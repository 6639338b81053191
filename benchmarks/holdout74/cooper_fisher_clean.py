# expect: clean
# Cooperage stave-leak classifier: after training, a diagonal Fisher estimate
# is computed in eval mode for the classifier head only.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class StaveLeak(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def fit(model, data, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()


def fisher_diag(model, data, params):
    model.eval()
    fisher = [torch.zeros_like(p) for p in params]
    for x, y in data:
        logp = F.log_softmax(model(x), -1)
        nll = F.nll_loss(logp, y)
        grads = torch.autograd.grad(nll, params)
        for f, g in zip(fisher, grads):
            f += g.pow(2) / len(data)
    return fisher


model = StaveLeak()
data = [(torch.randn(5, 6, 3), torch.randint(0, 2, (5,))) for _ in range(3)]
fit(model, data)
watched = [model.head.weight, model.head.bias]
fisher = fisher_diag(model, data, watched)
print([round(f.sum().item(), 5) for f in fisher])
