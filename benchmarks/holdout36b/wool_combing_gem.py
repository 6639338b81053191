# expect: clean
"""Wool combing: noil-fraction prediction across fleeces with gradient episodic memory (GEM-style).

Before each step the gradient on the episodic memory is computed; if the current gradient conflicts
with it (negative dot product), it is projected. The memory gradient is computed right after an
eval-mode accuracy check, so it is taken with cuDNN switched off.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class NoilNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def flat_grad(model):
    return torch.cat([p.grad.reshape(-1) for p in model.parameters()])


def set_flat_grad(model, g):
    i = 0
    for p in model.parameters():
        n = p.numel()
        p.grad.copy_(g[i:i + n].view_as(p))
        i += n


def memory_check(model, mem):
    model.eval()
    x, y = mem
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def gem_step(model, opt, batch, mem):
    acc = memory_check(model, mem)
    with torch.backends.cudnn.flags(enabled=False):
        opt.zero_grad()
        F.cross_entropy(model(mem[0]), mem[1]).backward()
        g_mem = flat_grad(model).clone()
        model.train()
        opt.zero_grad()
        loss = F.cross_entropy(model(batch[0]), batch[1])
        loss.backward()
    g = flat_grad(model)
    dot = torch.dot(g, g_mem)
    if dot < 0:
        g = g - dot / (g_mem.dot(g_mem) + 1e-12) * g_mem
        set_flat_grad(model, g)
    opt.step()
    return loss.item(), acc


def main():
    torch.manual_seed(3)
    model = NoilNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    mem = (torch.randn(6, 7, 4), torch.randint(0, 2, (6,)))
    for fleece in range(2):
        for step in range(3):
            batch = (torch.randn(4, 7, 4), torch.randint(0, 2, (4,)))
            loss, acc = gem_step(model, opt, batch, mem)
            print(f"fleece {fleece} step {step}: loss {loss:.4f} mem acc {acc:.2f}")


if __name__ == "__main__":
    main()
