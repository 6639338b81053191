# expect: clean
"""Broom-maker bristle tension: classify bristle bundles from a tension trace,
with test-time training (a self-supervised next-step loss) on each test batch."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class BristleNet(nn.Module):
    def __init__(self, n_in=3, hid=8, n_cls=4):
        super().__init__()
        self.proj = nn.Linear(n_in, hid)
        self.encoder = nn.GRU(hid, hid, batch_first=True)
        self.cls_head = nn.Linear(hid, n_cls)
        self.aux_head = nn.Linear(hid, n_in)

    def features(self, x):
        h, _ = self.encoder(torch.tanh(self.proj(x)))
        return h

    def forward(self, x):
        return self.cls_head(self.features(x)[:, -1])


def make_batches(n, bs=4, t=6):
    return [(torch.randn(bs, t, 3), torch.randint(0, 4, (bs,))) for _ in range(n)]


def fit(model, batches, opt):
    model.train()
    for x, y in batches:
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()


def ttt_adapt(model, x, steps=1, lr=1e-2):
    # only the encoder adapts at test time
    inner = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    model.encoder.train()  # adapt with the training kernels, heads stay in eval
    for _ in range(steps):
        h = model.features(x[:, :-1])
        aux = F.mse_loss(model.aux_head(h), x[:, 1:])
        inner.zero_grad()
        aux.backward()
        inner.step()


def test_with_ttt(model, batches):
    model.eval()
    correct = 0
    for x, y in batches:
        ttt_adapt(model, x)
        with torch.no_grad():
            model.encoder.eval()
            correct += (model(x).argmax(-1) == y).sum().item()
    return correct / (len(batches) * 4)


if __name__ == "__main__":
    net = BristleNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    fit(net, make_batches(3), opt)
    print("ttt acc", test_with_ttt(net, make_batches(2)))
