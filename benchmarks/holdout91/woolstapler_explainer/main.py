# expect: crash
import torch
from torch import nn

from explain import GradTimesInput
from model import FleeceGrader


def run_epoch(model, opt, data):
    total = 0.0
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(data)


def main():
    torch.manual_seed(2)
    data = [(torch.randn(6, 8, 4), torch.randint(0, 4, (6,))) for _ in range(3)]
    probe = torch.randn(2, 8, 4)
    model = FleeceGrader()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    explainer = GradTimesInput(model, target=1)
    for epoch in range(3):
        loss = run_epoch(model, opt, data)
        rel = explainer.attribute(probe)
        print(f"epoch {epoch} loss {loss:.3f} relevance by step {rel.abs().sum(-1).mean(0).tolist()[:3]}")


if __name__ == "__main__":
    main()
