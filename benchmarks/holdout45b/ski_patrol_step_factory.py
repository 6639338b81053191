# expect: crash
"""Ski patrol: predict avalanche-control callouts from snowpack sensor traces.

Step functions are closures built by a factory: `make_step(model, opt, train=...)`
returns a function that sets the mode and runs one batch. The evaluation step is
built with ``train=False`` and ``update=False``; the test-time adaptation loop at
the end reuses the evaluation closure with ``update=True`` to adapt on each
incoming batch.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class SnowpackGRU(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(F.relu(self.inp(x)))
        return self.cls(h[:, -1])


def make_step(model, opt, train):
    def step(x, y, update=train):
        model.train(train)
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        if update:
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return loss.item(), (logits.argmax(1) == y).float().mean().item()
    return step


def entropy_step_factory(model, opt):
    eval_step = make_step(model, opt, train=False)

    def adapt(x):
        # pseudo-labels from the current model, then one update
        with torch.no_grad():
            y_hat = model(x).argmax(1)
        return eval_step(x, y_hat, update=True)
    return adapt


def snow(n=6):
    x = torch.randn(n, 12, 5)
    y = (x[..., 3].sum(1) > 0).long()
    return x, y


def main():
    model = SnowpackGRU()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    train_step = make_step(model, opt, train=True)
    eval_step = make_step(model, opt, train=False)
    for epoch in range(2):
        losses = [train_step(*snow())[0] for _ in range(3)]
        _, acc = eval_step(*snow())
        print(f"epoch {epoch} loss {sum(losses)/len(losses):.3f} acc {acc:.2f}")
    adapt = entropy_step_factory(model, opt)
    for i in range(2):
        x, _ = snow(4)
        print("adapt", i, adapt(x))


if __name__ == "__main__":
    main()
