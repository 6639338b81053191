# expect: clean
"""Ropewalk strand tension: encoder and decoder kept in a dict of models."""
import torch
import torch.nn as nn

torch.manual_seed(3)

MODELS = {
    "embed": nn.Linear(4, 8),
    "encoder": nn.GRU(8, 8, batch_first=True),
    "decoder": nn.Linear(8, 2),
}


def run(models, x):
    h, _ = models["encoder"](models["embed"](x))
    return models["decoder"](h[:, -1])


def evaluate(models, x, y):
    for m in models.values():
        m.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(run(models, x), y).item()


def train_decoder(models, opt, x, y):
    models["decoder"].train()
    opt.zero_grad()
    loss = nn.functional.cross_entropy(run(models, x), y)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    for name in ("embed", "encoder"):
        MODELS[name].requires_grad_(False)
    params = list(MODELS["decoder"].parameters())
    opt = torch.optim.SGD(params, lr=0.1)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
    for epoch in range(2):
        print("val", evaluate(MODELS, x, y))
        print("train", train_decoder(MODELS, opt, x, y))


if __name__ == "__main__":
    main()
