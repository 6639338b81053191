# expect: clean
"""Flax-scutching sensor traces: dataset condensation by gradient matching."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
N_CLASSES, T, D = 3, 7, 4


class ScutchRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(D, 12, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(12, N_CLASSES)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.fc(self.drop(h[-1]))


def match_loss(g_syn, g_real):
    total = 0.0
    for a, b in zip(g_syn, g_real):
        total = total + (1 - F.cosine_similarity(a.flatten(), b.flatten(), dim=0))
    return total


def real_gradients(net, x, y):
    # deterministic target gradients: no dropout noise on the real batch
    net.eval()
    loss = F.cross_entropy(net(x), y)
    grads = torch.autograd.grad(loss, list(net.parameters()))
    return [g.detach() for g in grads]


def condense(real_x, real_y, ipc=2, outer=3):
    syn_x = torch.randn(N_CLASSES * ipc, T, D, requires_grad=True)
    syn_y = torch.arange(N_CLASSES).repeat_interleave(ipc)
    opt = torch.optim.SGD([syn_x], lr=0.1)
    for it in range(outer):
        net = ScutchRNN()
        # second-order matching: the fused RNN kernel has no double backward
        with torch.backends.cudnn.flags(enabled=False):
            g_real = real_gradients(net, real_x, real_y)
            net.train()
            loss_syn = F.cross_entropy(net(syn_x), syn_y)
            g_syn = torch.autograd.grad(loss_syn, list(net.parameters()), create_graph=True)
            loss = match_loss(g_syn, g_real)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(f"outer {it} match {loss.item():.4f}")
    return syn_x.detach(), syn_y


if __name__ == "__main__":
    xs = torch.randn(12, T, D)
    ys = torch.randint(0, N_CLASSES, (12,))
    sx, sy = condense(xs, ys)
    print(sx.shape, sy.tolist())
