# expect: clean
"""Lock-picking pin timings: classify the pin order; log input-gradient norms as a robustness metric."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {"hidden": 8, "lr": 5e-3, "epochs": 3, "penalty_weight": 0.0, "seed": 17}


class PinOrderNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 5)

    def forward(self, timings):
        h, _ = self.gru(timings)
        return self.cls(h.mean(1))


def input_grad_norm(model, x, y):
    x = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, x, create_graph=True)
    return loss, g.flatten(1).norm(dim=1).mean()


def main(cfg=CONFIG):
    torch.manual_seed(cfg["seed"])
    model = PinOrderNet(cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    data = [(torch.rand(4, 5, 2), torch.randint(0, 5, (4,))) for _ in range(3)]
    model.train()
    for epoch in range(cfg["epochs"]):
        norms = []
        for x, y in data:
            loss, gnorm = input_grad_norm(model, x, y)
            norms.append(gnorm.item())
            total = loss + cfg["penalty_weight"] * gnorm if cfg["penalty_weight"] > 0 else loss
            opt.zero_grad()
            total.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f} mean |dL/dx| {sum(norms) / len(norms):.4f}")


if __name__ == "__main__":
    main()
