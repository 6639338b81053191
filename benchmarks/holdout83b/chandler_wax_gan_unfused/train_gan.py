# expect: clean
"""Chandler's wax: a WGAN-GP over candle-burn temperature curves with a GRU critic."""
import torch

from waxgan import Critic, Generator, gradient_penalty, SETTINGS


def main():
    torch.manual_seed(4)
    G, D = Generator(SETTINGS["z"], SETTINGS["hidden"], SETTINGS["steps"]), Critic(SETTINGS["hidden"])
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(SETTINGS["iters"]):
        real = torch.randn(SETTINGS["batch"], SETTINGS["steps"], 1).cumsum(1) * 0.1
        fake = G(torch.randn(SETTINGS["batch"], SETTINGS["z"])).detach()
        gp = gradient_penalty(D, real, fake)
        d_loss = D(fake).mean() - D(real).mean() + SETTINGS["lambda_gp"] * gp
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
        g_loss = -D(G(torch.randn(SETTINGS["batch"], SETTINGS["z"]))).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        print(it, round(d_loss.item(), 4), round(g_loss.item(), 4))


if __name__ == "__main__":
    main()
