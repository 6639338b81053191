# expect: clean
import torch

from brewster import GravityNet, WortAttacker, adversarial_epoch

CONFIG = {"eps": 0.2, "alpha": 0.05, "steps": 2, "epochs": 2, "lr": 1e-2}


def batches(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 9, 4, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(7)
    model = GravityNet()
    attacker = WortAttacker(model, eps=CONFIG["eps"], alpha=CONFIG["alpha"], steps=CONFIG["steps"])
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    for epoch in range(CONFIG["epochs"]):
        print("epoch", epoch, "adv loss", round(adversarial_epoch(model, attacker, opt, batches(epoch)), 4))


if __name__ == "__main__":
    main()
