# expect: clean
"""Kiln glaze-defect detector: test-time training on a copy of the deployed model, per batch."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(7)


class GlazeNet(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.recon = nn.Linear(hidden, n_in)   # self-supervised head
        self.cls = nn.Linear(hidden, 2)

    def encode(self, x):
        return self.rnn(x)[0]

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])


def deploy(model):
    model.eval()
    return model


def ttt_predict(deployed, x, steps=2):
    adapted = copy.deepcopy(deployed)
    adapted.rnn.requires_grad_(False)  # only the heads adapt
    opt = torch.optim.SGD([p for p in adapted.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        h = adapted.encode(x[:, :-1])
        loss = nn.functional.mse_loss(adapted.recon(h), x[:, 1:])
        loss.backward()
        opt.step()
    with torch.no_grad():
        return adapted(x).argmax(-1)


if __name__ == "__main__":
    net = GlazeNet()
    opt = torch.optim.Adam(net.parameters(), 1e-2)
    for _ in range(3):
        x, y = torch.randn(4, 7, 6), torch.randint(0, 2, (4,))
        opt.zero_grad()
        nn.functional.cross_entropy(net(x), y).backward()
        opt.step()
    served = deploy(net)
    for b in range(2):
        print("batch", b, ttt_predict(served, torch.randn(3, 7, 6)).tolist())
