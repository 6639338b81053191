# expect: clean
"""WGAN-GP on synthetic ripening curves (pH, moisture) with an LSTM critic."""
import torch

from curd import RindCritic, CurveGenerator, CriticStep, GeneratorStep

SETTINGS = {"batch": 4, "iters": 3, "n_critic": 2, "lam": 10.0, "lr": 1e-3}


def real_curves(n, length=10):
    t = torch.linspace(0, 1, length)
    ph = 6.5 - 1.2 * t[None, :] + 0.05 * torch.randn(n, length)
    moist = 0.6 - 0.3 * t[None, :] ** 2 + 0.02 * torch.randn(n, length)
    return torch.stack([ph / 6.5, moist], dim=-1)


def main():
    torch.manual_seed(11)
    critic, gen = RindCritic(), CurveGenerator()
    critic.train()
    gen.train()
    c_step = CriticStep(critic, gen, torch.optim.Adam(critic.parameters(), lr=SETTINGS["lr"], betas=(0.5, 0.9)),
                        lam=SETTINGS["lam"])
    g_step = GeneratorStep(critic, gen, torch.optim.Adam(gen.parameters(), lr=SETTINGS["lr"], betas=(0.5, 0.9)))
    for it in range(SETTINGS["iters"]):
        for _ in range(SETTINGS["n_critic"]):
            stats = c_step(real_curves(SETTINGS["batch"]))
        stats.update(g_step(SETTINGS["batch"]))
        print(it, {k: round(v, 4) for k, v in stats.items()})


if __name__ == "__main__":
    main()
