# expect: crash
"""Learning to learn by gradient descent by gradient descent: an nn.LSTM coordinatewise optimizer.
The meta-test pass calls optimizer_net.eval() and the next meta-training epoch never switches back."""
import torch
import torch.nn as nn


class Optimizee(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(6, 1) * 0.1)

    def loss(self, x, y, w=None):
        w = self.w if w is None else w
        return ((x @ w - y) ** 2).mean()


class LSTMOptimizer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.core = nn.LSTM(1, hidden, num_layers=2)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, grad, state):
        g = grad.view(1, -1, 1)
        o, state = self.core(g, state)
        return self.out(o).view_as(grad) * 0.1, state


def unroll(opt_net, steps=4, train_meta=True):
    task = Optimizee()
    x, y = torch.randn(16, 6), torch.randn(16, 1)
    w = task.w.detach().clone().requires_grad_(True)
    state, total = None, 0.0
    for _ in range(steps):
        loss = task.loss(x, y, w)
        g, = torch.autograd.grad(loss, w, create_graph=False)
        upd, state = opt_net(g.detach(), state)
        w = w + upd
        total = total + task.loss(x, y, w)
    return total


def meta_test(opt_net):
    opt_net.eval()
    with torch.no_grad():
        pass
    losses = []
    for _ in range(2):
        w_loss = unroll(opt_net, train_meta=False)
        losses.append(float(w_loss))
    return sum(losses) / len(losses)


def main():
    opt_net = LSTMOptimizer()
    meta_opt = torch.optim.Adam(opt_net.parameters(), lr=1e-3)
    for epoch in range(3):
        for _ in range(2):
            meta_loss = unroll(opt_net)
            meta_opt.zero_grad()
            meta_loss.backward()  # TM001-here
            meta_opt.step()
        print("epoch", epoch, "meta-test", meta_test(opt_net))
    print("done")


if __name__ == "__main__":
    main()
