# expect: crash
"""Layer-wise decay with the lowest recurrent layers frozen by index: `for i, layer in enumerate(...)` puts
them in eval mode, and a trainable input projection below them still sends the gradient through."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, feats=5, hidden=6, depth=3, tags=4):
        super().__init__()
        self.proj = nn.Linear(feats, hidden)
        self.layers = nn.ModuleList([nn.GRU(hidden, hidden, batch_first=True) for _ in range(depth)])
        self.head = nn.Linear(hidden, tags)

    def forward(self, x):
        x = self.proj(x)
        for index, layer in enumerate(self.layers):
            x, _ = layer(x)
        return self.head(x)


def groups_with_frozen_bottom(model, lr, frozen):
    groups = [{"params": list(model.proj.parameters()) + list(model.head.parameters()), "lr": lr}]
    for index, layer in enumerate(model.layers):
        if index < frozen:
            layer.eval()
            continue
        groups.append({"params": layer.parameters(), "lr": lr * 0.8 ** index})
    return groups


def main():
    torch.manual_seed(0)
    model = Tagger()
    opt = torch.optim.SGD(groups_with_frozen_bottom(model, 0.05, frozen=1), lr=0.05)
    x, y = torch.randn(3, 7, 5), torch.randint(0, 4, (3, 7))
    for step in range(2):
        loss = nn.functional.cross_entropy(model(x).reshape(-1, 4), y.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
