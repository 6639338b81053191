# expect: clean
"""Clog-sole wear classifier: saliency in train mode (dropout-free model), mode restored after."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("clogger")
torch.manual_seed(0)


class SoleNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def saliency(model, x, target):
    was = model.training
    model.train()
    x = x.clone().requires_grad_(True)
    logits = model(x)
    score = logits.gather(1, target[:, None]).sum()
    (g,) = torch.autograd.grad(score, x)
    model.train(was)
    return g.abs().mean(dim=(0, 2))


def main():
    model = SoleNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(16, 10, 6), torch.randint(0, 3, (16,))
    for epoch in range(2):
        model.train()
        for i in range(0, 16, 4):
            loss = nn.functional.cross_entropy(model(xs[i:i + 4]), ys[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            acc = (model(xs).argmax(1) == ys).float().mean().item()
        log.info("epoch %d acc %.3f", epoch, acc)
        sal = saliency(model, xs[:4], ys[:4])
        log.info("saliency peak step %d", int(sal.argmax()))


if __name__ == "__main__":
    main()
