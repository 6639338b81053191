# expect: crash
"""Pretrain on the workshop's generic traces, then fine-tune on one instrument."""
import torch
import torch.nn.functional as F

from squeezebox import build


def traces(n, batch=5, steps=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, 3, generator=g), torch.randint(0, 4, (batch,), generator=g))
            for _ in range(n)]


def run_epochs(model, data, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    base = build("bellows")
    print("pretrain", round(run_epochs(base, traces(3), 1, 1e-2), 4))
    state = {k: v.clone() for k, v in base.state_dict().items()}

    tuned = build("bellows", state=state, train=True)
    print("finetune", round(run_epochs(tuned, traces(2, seed=7), 2, 1e-3), 4))


if __name__ == "__main__":
    main()
