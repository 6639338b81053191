# expect: crash
"""DARTS-style bilevel search over a mixed op on top of an LSTM encoder (second-order approximation)."""
import copy
import torch
import torch.nn as nn

OPS = {"tanh": torch.tanh, "relu": torch.relu, "identity": lambda h: h}


class MixedCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(4, 8, batch_first=True)
        self.alpha = nn.Parameter(torch.zeros(len(OPS)))
        self.fc = nn.Linear(8, 2)

    def weights(self):
        return [p for n, p in self.named_parameters() if n != "alpha"]

    def forward(self, x):
        h = self.enc(x)[0][:, -1]
        w = torch.softmax(self.alpha, 0)
        return self.fc(sum(wi * op(h) for wi, op in zip(w, OPS.values())))


def loss_fn(m, batch):
    return nn.functional.cross_entropy(m(batch[0]), batch[1])


def unrolled_arch_step(model, train_b, val_b, xi, arch_opt):
    arch_opt.zero_grad()
    g = torch.autograd.grad(loss_fn(model, train_b), model.weights(), create_graph=True)
    # one virtual SGD step, kept in the graph
    virtual = copy.deepcopy(model)
    for (name, p), gi in zip([(n, p) for n, p in model.named_parameters() if n != "alpha"], g):
        mod_name, _, attr = name.rpartition(".")
        sub = virtual.get_submodule(mod_name)
        delattr(sub, attr)
        setattr(sub, attr, p - xi * gi)
    virtual.alpha = model.alpha
    loss_fn(virtual, val_b).backward()  # TM003-here
    arch_opt.step()


if __name__ == "__main__":
    torch.manual_seed(7)
    model = MixedCell()
    w_opt = torch.optim.SGD(model.weights(), lr=0.05)
    a_opt = torch.optim.Adam([model.alpha], lr=3e-3)
    tb = (torch.randn(4, 5, 4), torch.randint(0, 2, (4,)))
    vb = (torch.randn(4, 5, 4), torch.randint(0, 2, (4,)))
    for step in range(2):
        unrolled_arch_step(model, tb, vb, 0.05, a_opt)
        w_opt.zero_grad()
        loss_fn(model, tb).backward()
        w_opt.step()
    print("alpha", torch.softmax(model.alpha, 0).tolist())
